using CoeurDeVille.Core.Catalogue;
using CoeurDeVille.TestSupport;
using Xunit;

namespace CoeurDeVille.Core.Tests.Catalogue;

public sealed class MalformedImportTests
{
    private static string WriteScdl(TemporaryFolder folder, Func<string, string> change)
    {
        var files = InventoryCsvFiles.Beside(folder.File("catalogue.csv"));
        InventoryCsv.Write(SeededInventory.Create(), CatalogueSchema.ScdlCatalogueSimplifie, new InventoryCsvFiles(files.Catalogue, null, null));
        File.WriteAllText(files.Catalogue, change(File.ReadAllText(files.Catalogue)));
        return files.Catalogue;
    }

    private static CatalogueException ReadFails(string path, CatalogueSchema schema = CatalogueSchema.ScdlCatalogueSimplifie)
    {
        Inventory? imported = null;
        var error = Assert.Throws<CatalogueException>(() => imported = InventoryCsv.Read(InventoryCsvFiles.Existing(path), schema, "30007"));
        Assert.Null(imported);
        Assert.NotEmpty(error.Issues);
        return error;
    }

    [Fact]
    public void Missing_required_column_names_file_row_and_column()
    {
        using var folder = new TemporaryFolder();
        var path = WriteScdl(folder, text => text.Replace("COLL_NOM,", "NOM_COLL,", StringComparison.Ordinal));

        var error = ReadFails(path);

        var issue = Assert.Single(error.Issues, i => i.Column == "COLL_NOM");
        Assert.Equal(("catalogue.csv", 1), (issue.File, issue.Row));
        Assert.Contains("colonne obligatoire absente", issue.Message, StringComparison.Ordinal);
        Assert.Contains(error.Issues, i => i.Column == "NOM_COLL" && i.Message.Contains("colonne inconnue", StringComparison.Ordinal));
        Assert.Contains("catalogue.csv, ligne 1, colonne « COLL_NOM »", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_enum_value_lists_what_is_allowed()
    {
        using var folder = new TemporaryFolder();
        var path = WriteScdl(folder, text => ReplaceNth(text, ",Annuelle,", ",Tous les ans,", 3));

        var error = ReadFails(path);

        var issue = Assert.Single(error.Issues);
        // Lines as a text editor shows them: the first dataset spans lines 2–3 (line break in its description).
        Assert.Equal(("catalogue.csv", 5, "FREQ_MAJ"), (issue.File, issue.Row, issue.Column));
        Assert.Contains("« Tous les ans » hors liste", issue.Message, StringComparison.Ordinal);
        Assert.Contains("« Quotidienne ou plusieurs fois par jour »", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_date_says_the_expected_format_and_nothing_is_imported()
    {
        using var folder = new TemporaryFolder();
        var path = WriteScdl(folder, text => ReplaceNth(text, "2024-11-02", "02/11/2024", 6));

        var error = ReadFails(path);

        var issue = Assert.Single(error.Issues);
        // The first data row holds a line break inside quotes: the sixth dataset starts on line 8.
        Assert.Equal(("catalogue.csv", 8, "DATE_MAJ"), (issue.File, issue.Row, issue.Column));
        Assert.Contains("date invalide « 02/11/2024 »", issue.Message, StringComparison.Ordinal);
        Assert.Contains("AAAA-MM-JJ", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        using var folder = new TemporaryFolder();
        var path = WriteScdl(folder, text => ReplaceNth(ReplaceNth(text, "21300007900011", "2130000790", 2), "Communale", "Municipale", 1));

        var error = ReadFails(path);

        Assert.Equal(["PRODUCTEUR_SIRET", "COUV_SPAT_MAILLE"], error.Issues.Select(i => i.Column).Order(StringComparer.Ordinal).Reverse());
        Assert.Contains(error.Issues, i => i.Message.Contains("14 chiffres", StringComparison.Ordinal));
    }

    [Fact]
    public void Siret_with_a_wrong_key_is_refused()
    {
        using var folder = new TemporaryFolder();
        var path = WriteScdl(folder, text => ReplaceNth(text, "21300007900011", "21300007900014", 1));

        var issue = Assert.Single(ReadFails(path).Issues);

        Assert.Equal(("PRODUCTEUR_SIRET", 2), (issue.Column, issue.Row));
        Assert.Contains("clé de contrôle", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_companion_label_and_unknown_identifier_are_refused()
    {
        using var folder = new TemporaryFolder();
        var files = InventoryCsvFiles.Beside(folder.File("catalogue.csv"));
        InventoryCsv.Write(SeededInventory.Create(), CatalogueSchema.ScdlCatalogueSimplifie, files);
        File.WriteAllText(files.Companion!, File.ReadAllText(files.Companion!)
            .Replace("Déjà ouvert", "Ouvert", StringComparison.Ordinal)
            .Replace("ilots-chaleur,", "ilots-de-chaleur,", StringComparison.Ordinal));

        var error = ReadFails(files.Catalogue);

        Assert.Contains(error.Issues, i => i.File == "catalogue-complement.csv" && i.Row == 2 && i.Column == "statut_ouverture"
            && i.Message.Contains("« Candidat à l'ouverture »", StringComparison.Ordinal));
        Assert.Contains(error.Issues, i => i.Row == 3 && i.Column == "identifiant" && i.Message.Contains("ilots-de-chaleur", StringComparison.Ordinal));
    }

    [Fact]
    public void Xlsx_bad_value_names_the_sheet()
    {
        using var folder = new TemporaryFolder();
        var csv = WriteScdl(folder, text => ReplaceNth(text, "2024-11-02", "hier", 1));
        var rows = IndependentSchemaCheck.ReadCsv(csv);
        var path = folder.File("inventaire.xlsx");
        WriteWorkbook(path, rows);

        Inventory? imported = null;
        var error = Assert.Throws<CatalogueException>(() => imported = InventoryXlsx.Read(path, CatalogueSchema.ScdlCatalogueSimplifie, "30007"));

        Assert.Null(imported);
        var issue = Assert.Single(error.Issues);
        Assert.Equal(("inventaire.xlsx, onglet « Catalogue »", 2, "DATE_MAJ"), (issue.File, issue.Row, issue.Column));
    }

    [Fact]
    public void Export_refuses_values_outside_the_schema_and_writes_nothing()
    {
        using var folder = new TemporaryFolder();
        var datasets = SeededInventory.Datasets().ToList();
        datasets[1] = datasets[1] with { UpdateFrequency = "Annuelle ou plusieurs fois par an", ContactEmail = null };
        var files = InventoryCsvFiles.Beside(folder.File("catalogue.csv"));

        var scdl = Assert.Throws<CatalogueException>(() => InventoryCsv.Write(new Inventory("30007", datasets), CatalogueSchema.ScdlCatalogueSimplifie, files));
        var etalab = Assert.Throws<CatalogueException>(() => InventoryCsv.Write(new Inventory("30007", datasets), CatalogueSchema.EtalabCatalogueDonnees, files));

        Assert.Equal(("catalogue.csv", 3, "FREQ_MAJ"), (scdl.Issues[0].File, scdl.Issues[0].Row, scdl.Issues[0].Column));
        Assert.Equal(("contact_personne", 3), (etalab.Issues[0].Column, etalab.Issues[0].Row));
        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void A_file_that_is_not_a_workbook_gives_a_french_error()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("inventaire.xlsx");
        File.WriteAllText(path, "titre,description\n");

        var error = Assert.Throws<CatalogueException>(() => InventoryXlsx.Read(path, CatalogueSchema.EtalabCatalogueDonnees, "30007"));

        Assert.Equal("inventaire.xlsx", Assert.Single(error.Issues).File);
        Assert.Contains("classeur Excel", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_refuses_a_keyword_holding_the_list_separator()
    {
        using var folder = new TemporaryFolder();
        var datasets = SeededInventory.Datasets().ToList();
        datasets[0] = datasets[0] with { Keywords = ["arbres, parcs"] };
        var files = InventoryCsvFiles.Beside(folder.File("catalogue.csv"));

        var error = Assert.Throws<CatalogueException>(() => InventoryCsv.Write(new Inventory("30007", datasets), CatalogueSchema.EtalabCatalogueDonnees, files));

        Assert.Equal(("mots_cles", 2), (error.Issues[0].Column, error.Issues[0].Row));
        InventoryCsv.Write(new Inventory("30007", datasets), CatalogueSchema.ScdlCatalogueSimplifie, files);
    }

    private static void WriteWorkbook(string path, List<string[]> rows)
    {
        var table = new CatalogueTable("x", rows[0], rows.Skip(1).Select((r, i) => new CatalogueTableRow(i + 2, r)).ToList());
        using var stream = File.Create(path);
        CatalogueXlsxFile.WriteAsync(stream, [(InventoryXlsx.CatalogueSheet, table)], TestContext.Current.CancellationToken).GetAwaiter().GetResult();
    }

    private static string ReplaceNth(string text, string old, string replacement, int n)
    {
        var index = -1;
        for (var i = 0; i < n; i++)
        {
            index = text.IndexOf(old, index + 1, StringComparison.Ordinal);
            Assert.True(index >= 0, $"« {old} » n°{n} introuvable");
        }

        return string.Concat(text.AsSpan(0, index), replacement, text.AsSpan(index + old.Length));
    }
}
