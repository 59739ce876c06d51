using System.Globalization;
using CoeurDeVille.Modules.Biodiversity.Tabular;

namespace CoeurDeVille.Modules.Biodiversity.Sensitivity;

/// <summary>
/// Reads the sensitive-species referential in its GINCO / SINP CSV form (<c>cd_dept, cd_nom, duree, codage, autre,
/// cd_sl, cd_occ_statut_biologique, nom_cite</c>). All or nothing: a bad row makes the whole file refused.
/// </summary>
public static class SensitivityReader
{
    public static IReadOnlyList<SensitivityRule> Read(string path)
    {
        using var table = DelimitedTable.OpenFile(path);
        var departement = Required(table, "cd_dept");
        var cdNom = Required(table, "cd_nom");
        var level = Required(table, "codage");
        var duration = table.IndexOf("duree");
        var status = table.IndexOf("cd_occ_statut_biologique");
        var rules = new List<SensitivityRule>();
        var errors = new List<FileError>();
        foreach (var row in table.Rows())
        {
            var code = Number(row[cdNom]);
            var value = Number(row[level]);
            var years = row[duration] is { } text ? Number(text) : 0;
            if (code is not > 0 || value is not (>= 0 and <= 4) || years is null || row[departement] is not { } dept)
            {
                var (index, expected) = code is not > 0 ? (cdNom, "un CD_NOM (entier positif)")
                    : value is not (>= 0 and <= 4) ? (level, "un niveau de sensibilité de 0 à 4")
                    : years is null ? (duration, "une durée en années (entier)")
                    : (departement, "un code de département");
                errors.Add(new FileError(table.FileName, row.Line, table.Columns[index], row[index] is { } bad ? $"« {bad} »" : "valeur vide", expected));
                continue;
            }

            rules.Add(new SensitivityRule(code.Value, dept, value.Value, row[duration] is null ? null : years, row[status]));
        }

        return errors.Count > 0 ? throw new BiodiversityFileException([.. errors.Take(BiodiversityFileException.MaxListed)], errors.Count) : rules;
    }

    private static int Required(DelimitedTable table, string column)
    {
        var index = table.IndexOf(column);
        return index >= 0 ? index : throw new BiodiversityFileException(
            new FileError(table.FileName, 1, column, "colonne absente", "le référentiel des espèces sensibles (cd_dept, cd_nom, codage…)"));
    }

    private static int? Number(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
