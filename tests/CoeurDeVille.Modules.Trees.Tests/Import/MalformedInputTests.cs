using Xunit;
using System.Text;
using CoeurDeVille.Modules.Trees.Import;
using CoeurDeVille.Modules.Trees.Mapping;
using CoeurDeVille.TestSupport;

namespace CoeurDeVille.Modules.Trees.Tests.Import;

/// <summary>Bad input gets a French message saying where and what was expected, and nothing is imported.</summary>
public sealed class MalformedInputTests
{
    private static TreeMapping Mapping(string json) => TreeMapping.Parse(new MemoryStream(Encoding.UTF8.GetBytes(json)), "test.json");

    [Fact]
    public void A_latin1_byte_far_into_a_utf8_file_is_reported_with_its_line_and_nothing_is_imported()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("arbres.csv");
        var lines = File.ReadAllLines(Inventories.SaintQuentin);
        var bytes = new List<byte>();
        // The sniffer samples the first 64 KiB: put the bad byte well after it (line 2001), where only reading finds it.
        for (var i = 0; i < lines.Length; i++)
        {
            var line = i == 2000 ? lines[i].Replace("Quartier", "Quarti\u00e9r", StringComparison.Ordinal) : lines[i];
            bytes.AddRange(i == 2000 ? Encoding.Latin1.GetBytes(line + "\n") : Encoding.UTF8.GetBytes(line + "\n"));
        }

        File.WriteAllBytes(path, [.. bytes]);

        var result = TreeInventoryImporter.Import(path, TreeMapping.BuiltIn("saint-quentin"), TestContext.Current.CancellationToken);

        Assert.False(result.Succeeded);
        Assert.Empty(result.Trees);
        var error = Assert.Single(result.Errors);
        Assert.Contains("0xE9", error.Message, StringComparison.Ordinal);
        Assert.Contains("UTF-8", error.Message, StringComparison.Ordinal);
        Assert.Contains("ligne 2001", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mapping_naming_a_missing_column_is_refused_before_reading_rows()
    {
        var mapping = Mapping("""{ "coordonnees": { "x": "coord_x", "y": "coord_y", "epsg": 3945 }, "champs": { "genre_arbre": { "colonne": "GENRE" } } }""");

        var exception = Assert.Throws<InvalidDataException>(() => TreeInventoryImporter.Import(Inventories.Grenoble, mapping, TestContext.Current.CancellationToken));

        Assert.Contains("« GENRE » est absente de grenoble_defi_egc_2017.csv", exception.Message, StringComparison.Ordinal);
        Assert.Contains("GENRE_BOTA", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unsupported_projection_is_refused_with_the_list_of_supported_ones()
    {
        var mapping = Mapping("""{ "coordonnees": { "x": "coord_x", "y": "coord_y", "epsg": 9999 } }""");

        var exception = Assert.Throws<InvalidDataException>(() => TreeInventoryImporter.Import(Inventories.Grenoble, mapping, TestContext.Current.CancellationToken));

        Assert.Contains("EPSG:9999 non pris en charge", exception.Message, StringComparison.Ordinal);
        Assert.Contains("EPSG:3945", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "champs": { "genre": { "colonne": "GENRE_BOTA" } } }""", "« genre » : ce champ n'existe pas dans schema-arbre")]
    [InlineData("""{ "champs": { "diametre": { "colone": "X" } } }""", "propriété $.champs.diametre.colone")]
    [InlineData("""{ "champs": { "diametre": { "colonne": "X", "constante": "1" } } }""", "soit « colonne », soit « constante »")]
    [InlineData("""{ "essence": { "colonne": "fk_nomtech", "table": "taxref" } }""", "table de codes « taxref » inconnue")]
    public void A_malformed_mapping_says_what_is_wrong(string json, string expected)
    {
        var exception = Assert.Throws<InvalidDataException>(() => Mapping(json));
        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_not_following_the_schema_without_mapping_is_refused()
    {
        var exception = Assert.Throws<InvalidDataException>(() => TreeInventoryImporter.Import(Inventories.Grenoble, cancellationToken: TestContext.Current.CancellationToken));
        Assert.Contains("« ADR_SECTEUR » n'existe pas dans schema-arbre", exception.Message, StringComparison.Ordinal);
        Assert.Contains("--correspondance", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_rows_are_all_listed_with_line_field_and_expectation_and_nothing_is_imported()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("grenoble-abime.csv");
        var lines = File.ReadAllLines(Inventories.Grenoble);
        // Columns 5 (DIAMETREARBREAUNMETRE), 2 (ANNEEDEPLANTATION), 18 (coord_x): a class that is no class centre,
        // a year that is no year, a coordinate that is no number.
        lines[10] = ReplaceCell(lines[10], 4, "17");
        lines[20] = ReplaceCell(lines[20], 1, "vers 2004");
        lines[30] = ReplaceCell(lines[30], 17, "abc");
        File.WriteAllLines(path, lines);

        var result = TreeInventoryImporter.Import(path, TreeMapping.BuiltIn("grenoble"), TestContext.Current.CancellationToken);

        Assert.False(result.Succeeded);
        Assert.Empty(result.Trees);
        Assert.Equal([11L, 21L, 31L], result.RejectedLines);
        Assert.Contains(result.Errors, e => e.Line == 11 && e.Field == "diametre" && e.Message.Contains("centre d'une classe de 10 cm", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Line == 21 && e.Field == "date_plantation" && e.Message.Contains("année sur 4 chiffres", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Line == 31 && e.Message.Contains("deux nombres étaient attendus (EPSG:3945)", StringComparison.Ordinal));
    }

    [Fact]
    public void Schema_violations_are_reported_at_the_source_line()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("arbres.csv");
        var lines = File.ReadAllLines(Inventories.SchemaExample);
        // Row 3 of the example (file line 4): allergie 7 is out of 0–5? The schema only types it integer; use a bad date instead.
        lines[3] = lines[3].Replace("1990-03-01", "01/03/1990", StringComparison.Ordinal);
        lines[2] = lines[2].Replace(";235;73;", ";235;-73;", StringComparison.Ordinal);
        File.WriteAllLines(path, lines, new UTF8Encoding(true));

        var result = TreeInventoryImporter.Import(path, cancellationToken: TestContext.Current.CancellationToken);

        Assert.False(result.Succeeded);
        Assert.Empty(result.Trees);
        Assert.Equal([3L, 4L], result.RejectedLines);
        var diameter = Assert.Single(result.Errors, e => e.Line == 3);
        Assert.Equal("diametre", diameter.Field);
        Assert.Contains("inférieur au minimum 0", diameter.Message, StringComparison.Ordinal);
        Assert.StartsWith("arbres.csv, ligne 3, champ « diametre »", diameter.Message, StringComparison.Ordinal);
        Assert.Equal("date_plantation", Assert.Single(result.Errors, e => e.Line == 4).Field);
    }

    private static string ReplaceCell(string line, int index, string value)
    {
        var cells = line.Split(',');
        cells[index] = value;
        return string.Join(',', cells);
    }
}
