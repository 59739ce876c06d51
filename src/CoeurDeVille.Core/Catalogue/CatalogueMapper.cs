using System.Globalization;
using System.Text;

namespace CoeurDeVille.Core.Catalogue;

/// <summary>
/// Turns an inventory into its three tables (main schema, companion, resources) and back, checking every value
/// against its column's constraints. Reading is all-or-nothing: every problem is collected, then thrown together.
/// </summary>
internal static class CatalogueMapper
{
    public static (CatalogueTable Main, CatalogueTable Companion, CatalogueTable Resources) ToTables(
        Inventory inventory, CatalogueSchema schema, string mainSource, string companionSource, string resourcesSource)
    {
        var (main, companion, resources, issues) = ToTablesWithGaps(inventory, schema, mainSource, companionSource, resourcesSource);
        return issues.Count > 0 ? throw new CatalogueException(issues) : (main, companion, resources);
    }

    /// <summary>
    /// Like <see cref="ToTables"/>, but a value the schema refuses (a blank required cell…) is written as it is and
    /// listed in the returned issues instead of stopping the export: the lenient « à compléter » export.
    /// </summary>
    public static (CatalogueTable Main, CatalogueTable Companion, CatalogueTable Resources, IReadOnlyList<CatalogueIssue> Issues) ToTablesWithGaps(
        Inventory inventory, CatalogueSchema schema, string mainSource, string companionSource, string resourcesSource)
    {
        var main = CatalogueColumns.Main(schema);
        var companion = CatalogueColumns.Companion(schema);
        var issues = new List<CatalogueIssue>();
        if (schema == CatalogueSchema.EtalabCatalogueDonnees)
        {
            // Without an identifier column, the companion joins on the title.
            foreach (var group in inventory.Datasets.GroupBy(d => d.Title, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                issues.Add(new CatalogueIssue(mainSource, 0, "titre",
                    $"titre « {group.Key} » porté par {group.Count()} jeux ; le schéma Etalab n'ayant pas d'identifiant, les titres doivent être uniques."));
            }
        }

        var mainRows = Rows(inventory, main, mainSource, issues);
        var companionRows = Rows(inventory, companion, companionSource, issues);
        var resourceRows = new List<CatalogueTableRow>();
        foreach (var dataset in inventory.Datasets)
        {
            foreach (var distribution in dataset.Distributions)
            {
                resourceRows.Add(new CatalogueTableRow(resourceRows.Count + 2, [dataset.Id, distribution.Format, distribution.Url ?? "", distribution.Title ?? ""]));
            }
        }

        return (
            new CatalogueTable(mainSource, main.Select(c => c.Name).ToList(), mainRows),
            new CatalogueTable(companionSource, companion.Select(c => c.Name).ToList(), companionRows),
            new CatalogueTable(resourcesSource, CatalogueColumns.ResourceHeader, resourceRows),
            issues);
    }

    private static List<CatalogueTableRow> Rows(Inventory inventory, IReadOnlyList<CatalogueColumn> columns, string source, List<CatalogueIssue> issues)
    {
        var rows = new List<CatalogueTableRow>();
        foreach (var dataset in inventory.Datasets)
        {
            var number = rows.Count + 2;
            var cells = new List<string>();
            foreach (var column in columns)
            {
                var value = column.Write(dataset) ?? "";
                if (column.WriteCheck?.Invoke(dataset) is { } listProblem)
                {
                    issues.Add(new CatalogueIssue(source, number, column.Name, $"jeu « {dataset.Id} » : {listProblem}"));
                }
                else if (value.Length == 0 && column.Required)
                {
                    issues.Add(new CatalogueIssue(source, number, column.Name, $"valeur obligatoire manquante pour le jeu « {dataset.Id} »."));
                }
                else if (value.Length > 0 && column.Check(value) is { } problem)
                {
                    issues.Add(new CatalogueIssue(source, number, column.Name, $"jeu « {dataset.Id} » : {problem}"));
                }

                cells.Add(value);
            }

            rows.Add(new CatalogueTableRow(number, cells));
        }

        return rows;
    }

    public static Inventory FromTables(
        CatalogueSchema schema, string territoryCode, CatalogueTable main, CatalogueTable? companion, CatalogueTable? resources)
    {
        var issues = new List<CatalogueIssue>();
        var datasets = ReadRows(main, CatalogueColumns.Main(schema), issues)
            .Select(r => (r.Row, Dataset: r.Dataset))
            .ToList();
        if (schema == CatalogueSchema.EtalabCatalogueDonnees)
        {
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < datasets.Count; i++)
            {
                var slug = Slug(datasets[i].Dataset.Title);
                var n = seen[slug] = seen.GetValueOrDefault(slug) + 1;
                datasets[i] = (datasets[i].Row, datasets[i].Dataset with { Id = n == 1 ? slug : $"{slug}-{n}" });
            }
        }

        if (companion is not null)
        {
            ApplyCompanion(schema, main, companion, datasets, issues);
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (row, dataset) in datasets)
        {
            if (dataset.Id.Length > 0 && !ids.Add(dataset.Id))
            {
                issues.Add(new CatalogueIssue(main.Source, row, schema == CatalogueSchema.ScdlCatalogueSimplifie ? "ID" : null,
                    $"identifiant « {dataset.Id} » en double ; attendu : un identifiant unique par jeu de données."));
            }
        }

        if (resources is not null)
        {
            ApplyResources(resources, datasets, issues);
        }

        if (issues.Count > 0)
        {
            throw new CatalogueException(issues);
        }

        return new Inventory(territoryCode, datasets.Select(d => d.Dataset));
    }

    private static void ApplyCompanion(
        CatalogueSchema schema, CatalogueTable main, CatalogueTable companion, List<(int Row, Dataset Dataset)> datasets, List<CatalogueIssue> issues)
    {
        var byTitle = schema == CatalogueSchema.EtalabCatalogueDonnees;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < datasets.Count; i++)
        {
            var key = byTitle ? datasets[i].Dataset.Title : datasets[i].Dataset.Id;
            if (!index.TryAdd(key, i) && byTitle)
            {
                issues.Add(new CatalogueIssue(main.Source, datasets[i].Row, "titre",
                    $"titre « {key} » en double : le fichier compagnon ne peut pas être rattaché ; attendu : des titres uniques."));
            }
        }

        var matched = new HashSet<int>();
        foreach (var (row, values, cells) in ReadRows(companion, CatalogueColumns.Companion(schema), issues).Select(r => (r.Row, r.Dataset, r.Cells)))
        {
            var key = byTitle ? values.Title : values.Id;
            if (key.Length == 0)
            {
                continue;
            }

            if (!index.TryGetValue(key, out var i))
            {
                issues.Add(new CatalogueIssue(companion.Source, row, byTitle ? CatalogueColumns.CompanionTitle : CatalogueColumns.CompanionId,
                    $"« {key} » ne correspond à aucun jeu du catalogue ; attendu : {(byTitle ? "le titre" : "l'identifiant")} d'un jeu du fichier principal."));
                continue;
            }

            if (!matched.Add(i))
            {
                issues.Add(new CatalogueIssue(companion.Source, row, null, $"jeu « {key} » décrit deux fois dans le fichier compagnon."));
                continue;
            }

            var dataset = datasets[i].Dataset;
            foreach (var (column, value) in cells)
            {
                if (column.Name == CatalogueColumns.CompanionTitle || (column.Name == CatalogueColumns.CompanionId && !byTitle))
                {
                    continue;
                }

                dataset = column.Read(dataset, value);
            }

            datasets[i] = (datasets[i].Row, dataset);
        }
    }

    private static void ApplyResources(CatalogueTable resources, List<(int Row, Dataset Dataset)> datasets, List<CatalogueIssue> issues)
    {
        var header = CatalogueColumns.ResourceHeader;
        CheckHeader(resources, header, [CatalogueColumns.CompanionId, "format"], issues);
        var position = header.Select(h => IndexOf(resources.Header, h)).ToArray();
        var byId = new Dictionary<string, List<Distribution>>(StringComparer.Ordinal);
        var known = datasets.Select(d => d.Dataset.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var row in resources.Rows)
        {
            string Cell(int c) => position[c] < 0 ? "" : row.Cell(position[c]).Trim();
            var (id, format, url, title) = (Cell(0), Cell(1), Cell(2), Cell(3));
            if (!known.Contains(id))
            {
                issues.Add(new CatalogueIssue(resources.Source, row.Number, CatalogueColumns.CompanionId,
                    $"« {id} » ne correspond à aucun jeu du catalogue ; attendu : l'identifiant d'un jeu."));
                continue;
            }

            if (format.Length == 0)
            {
                issues.Add(new CatalogueIssue(resources.Source, row.Number, "format", "valeur obligatoire manquante ; attendu : un format (CSV, GeoJSON…)."));
                continue;
            }

            if (url.Length > 0 && Probe("url", CatalogueValueFormat.Uri).Check(url) is { } problem)
            {
                issues.Add(new CatalogueIssue(resources.Source, row.Number, "url", problem));
                continue;
            }

            if (!byId.TryGetValue(id, out var list))
            {
                byId[id] = list = [];
            }

            list.Add(new Distribution(format, url.Length == 0 ? null : url, title.Length == 0 ? null : title));
        }

        for (var i = 0; i < datasets.Count; i++)
        {
            if (byId.TryGetValue(datasets[i].Dataset.Id, out var list))
            {
                datasets[i] = (datasets[i].Row, datasets[i].Dataset with { Distributions = list });
            }
        }
    }

    private static CatalogueColumn Probe(string name, CatalogueValueFormat format) => new(name, name, _ => null, (d, _) => d) { Format = format };

    /// <summary>Reads and checks every row; only rows without problem are returned, with the checked non-empty cells.</summary>
    private static List<(int Row, Dataset Dataset, List<(CatalogueColumn Column, string Value)> Cells)> ReadRows(
        CatalogueTable table, IReadOnlyList<CatalogueColumn> columns, List<CatalogueIssue> issues)
    {
        var result = new List<(int, Dataset, List<(CatalogueColumn, string)>)>();
        if (!CheckHeader(table, columns.Select(c => c.Name).ToList(), columns.Where(c => c.Required).Select(c => c.Name).ToList(), issues))
        {
            return result;
        }

        var present = columns
            .Select(c => (Column: c, Index: IndexOf(table.Header, c.Name)))
            .Where(p => p.Index >= 0)
            .OrderBy(p => p.Column.ReadOrder)
            .ToList();
        foreach (var row in table.Rows)
        {
            var dataset = new Dataset { Id = "", Title = "" };
            var cells = new List<(CatalogueColumn, string)>();
            var ok = true;
            foreach (var (column, index) in present)
            {
                var value = row.Cell(index).Trim();
                if (value.Length == 0)
                {
                    if (column.Required)
                    {
                        issues.Add(new CatalogueIssue(table.Source, row.Number, column.Name, "valeur obligatoire manquante."));
                        ok = false;
                    }

                    continue;
                }

                if (column.Check(value) is { } problem)
                {
                    issues.Add(new CatalogueIssue(table.Source, row.Number, column.Name, problem));
                    ok = false;
                    continue;
                }

                dataset = column.Read(dataset, value);
                cells.Add((column, value));
            }

            if (row.Cells.Count > table.Header.Count && row.Cells.Skip(table.Header.Count).Any(c => c.Trim().Length > 0))
            {
                issues.Add(new CatalogueIssue(table.Source, row.Number, null,
                    $"{row.Cells.Count} valeurs pour {table.Header.Count} colonnes d'en-tête ; attendu : une valeur par colonne (séparateur dans une valeur non entourée de guillemets ?)."));
                ok = false;
            }

            if (ok)
            {
                result.Add((row.Number, dataset, cells));
            }
        }

        return result;
    }

    /// <summary>Checks the header: required columns present, no unknown or repeated column. False when rows cannot be read.</summary>
    private static bool CheckHeader(CatalogueTable table, IReadOnlyList<string> known, IReadOnlyList<string> required, List<CatalogueIssue> issues)
    {
        var before = issues.Count;
        foreach (var name in required.Where(r => IndexOf(table.Header, r) < 0))
        {
            issues.Add(new CatalogueIssue(table.Source, 1, name,
                "colonne obligatoire absente de l'en-tête ; attendu : une colonne portant exactement ce nom."));
        }

        foreach (var name in table.Header.Where(h => h.Length > 0 && !known.Contains(h, StringComparer.Ordinal)).Distinct())
        {
            issues.Add(new CatalogueIssue(table.Source, 1, name,
                $"colonne inconnue ; attendu : une des colonnes {string.Join(", ", known)}."));
        }

        foreach (var name in table.Header.Where(h => h.Length > 0).GroupBy(h => h, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            issues.Add(new CatalogueIssue(table.Source, 1, name, "colonne présente plusieurs fois ; attendu : une seule."));
        }

        return issues.Count == before;
    }

    private static int IndexOf(IReadOnlyList<string> header, string name)
    {
        for (var i = 0; i < header.Count; i++)
        {
            if (string.Equals(header[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Identifier derived from a title: lower case, no accents, words joined by hyphens.</summary>
    public static string Slug(string title)
    {
        var builder = new StringBuilder();
        foreach (var c in title.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            if (lower is 'œ' or 'æ')
            {
                builder.Append(lower == 'œ' ? "oe" : "ae");
            }
            else if (char.IsAsciiLetterOrDigit(lower))
            {
                builder.Append(lower);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().Trim('-');
    }
}
