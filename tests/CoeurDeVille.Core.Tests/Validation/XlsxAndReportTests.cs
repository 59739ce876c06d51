using System.Text.Json;
using CoeurDeVille.Core.Validation;
using CoeurDeVille.TestSupport;
using Xunit;
using static CoeurDeVille.Core.Tests.Validation.FrictionlessFixtureTests;

namespace CoeurDeVille.Core.Tests.Validation;

public sealed class XlsxAndReportTests
{
    private static string Fixture(string name) => SharedData.PathOf("standards", "tableschema-fixtures", "frictionless-py", name);

    private static string[][] CsvRows(string path) => [.. File.ReadAllLines(path).Select(l => l.Length == 0 ? Array.Empty<string>() : l.Split(','))];

    [Theory]
    [InlineData("schema-errors.csv", "schema-valid.json")]
    [InlineData("unique-field.csv", "unique-field.json")]
    [InlineData("stationnement", "stationnement/schema.json")]
    public void Xlsx_validates_like_its_csv(string csv, string schemaFile)
    {
        using var folder = new TemporaryFolder();
        var csvPath = csv == "stationnement" ? SharedData.PathOf("standards", "schemas", "stationnement", "exemple-valide.csv") : Fixture(csv);
        var schema = TableSchema.Load(schemaFile.Contains('/', StringComparison.Ordinal) ? SharedData.PathOf(["standards", "schemas", .. schemaFile.Split('/')]) : Fixture(schemaFile));
        var xlsx = Path.Combine(folder.Path, "table.xlsx");
        XlsxFixture.Write(xlsx, csv == "stationnement" ? ReadQuoted(csvPath) : CsvRows(csvPath));

        var fromCsv = Validate(csvPath, schema);
        var fromXlsx = Validate(xlsx, schema);

        Assert.Equal(Codes(fromCsv), Codes(fromXlsx));
        Assert.Equal(fromCsv.RowCount, fromXlsx.RowCount);
    }

    [Fact]
    public void Json_report_is_camel_case_with_counts_and_unchecked_custom_checks()
    {
        var report = Validate(SharedData.PathOf("standards", "schemas", "stationnement", "exemple-invalide.csv"),
            TableSchema.Load(SharedData.PathOf("standards", "schemas", "stationnement", "schema.json")));

        using var json = JsonDocument.Parse(report.ToJson());
        var root = json.RootElement;
        Assert.False(root.GetProperty("valid").GetBoolean());
        Assert.Equal(2, root.GetProperty("counts").GetProperty("constraint-error").GetInt32());
        var first = root.GetProperty("errors")[0];
        Assert.Equal("constraint-error", first.GetProperty("type").GetString());
        Assert.Equal(2, first.GetProperty("rowNumber").GetInt32());
        Assert.Equal(1, first.GetProperty("fieldNumber").GetInt32());
        Assert.Equal("id", first.GetProperty("fieldName").GetString());
        Assert.Equal("P-001", first.GetProperty("cell").GetString());
        Assert.Equal("non vérifié", root.GetProperty("customChecks")[0].GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("integer", "", "12", true)]
    [InlineData("integer", "", "1.5", false)]
    [InlineData("number", "", "12,5", false)]
    [InlineData("number", "\"decimalChar\":\",\",\"groupChar\":\" \"", "1 234,5", true)]
    [InlineData("number", "\"bareNumber\":false", "12 €", true)]
    [InlineData("boolean", "\"trueValues\":[\"oui\"],\"falseValues\":[\"non\"]", "oui", true)]
    [InlineData("boolean", "", "oui", false)]
    [InlineData("date", "", "2024-02-29", true)]
    [InlineData("date", "", "29/02/2024", false)]
    [InlineData("date", "\"format\":\"%d/%m/%Y\"", "29/02/2024", true)]
    [InlineData("datetime", "", "2022-01-01T00:00:00+01:00", true)]
    [InlineData("datetime", "", "2022-01-01T00:00:00Z", true)]
    [InlineData("time", "", "25:00:00", false)]
    [InlineData("year", "", "2024", true)]
    [InlineData("yearmonth", "", "2024-13", false)]
    [InlineData("duration", "", "P1DT2H", true)]
    [InlineData("geopoint", "", "4.83, 45.76", true)]
    [InlineData("geopoint", "\"format\":\"array\"", "[4.83, 45.76]", true)]
    [InlineData("geopoint", "\"format\":\"object\"", "{\"lon\": 4.83, \"lat\": 95}", false)]
    [InlineData("string", "\"format\":\"email\"", "mairie@exemple.fr", true)]
    [InlineData("string", "\"format\":\"uri\"", "pas une uri", false)]
    [InlineData("string", "\"format\":\"uuid\"", "3fa85f64-5717-4562-b3fc-2c963f66afa6", true)]
    [InlineData("object", "", "{\"a\":1}", true)]
    [InlineData("array", "", "{\"a\":1}", false)]
    public void Cell_types(string type, string options, string cell, bool valid)
    {
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, "t.csv");
        File.WriteAllText(path, $"v;x\n\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\";1\n");
        var comma = options.Length > 0 ? "," : "";
        var schema = TableSchema.Parse($$"""{"fields":[{"name":"v","type":"{{type}}"{{comma}}{{options}}},{"name":"x"}]}""");

        var report = Validate(path, schema, new ValidationOptions { Separator = ';' });

        Assert.True(valid == report.Valid, report.ToText());
    }

    [Fact]
    public void Header_differences_with_the_schema()
    {
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, "t.csv");
        File.WriteAllText(path, "id,nom\n1,a\n");
        var schema = TableSchema.Parse("""{"fields":[{"name":"id","type":"integer"},{"name":"name"},{"name":"age","type":"integer"}]}""");

        var report = Validate(path, schema);

        Assert.Equal(["[-,2,incorrect-label]", "[-,3,missing-label]", "[2,3,missing-cell]"], Codes(report));
    }

    private static string[][] ReadQuoted(string path)
    {
        // The stationnement example quotes cells that hold commas: read it with the validator's own CSV reader.
        using var reader = new StreamReader(path);
        return [.. CsvRecordReader.Read(reader, ',')];
    }
}
