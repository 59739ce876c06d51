using System.Text;
using System.Text.Json;
using CoeurDeVille.TestSupport;
using DocumentFormat.OpenXml.Packaging;
using Xunit;

namespace CoeurDeVille.Cli.Tests.Extraction;

public sealed class OutputFormatTests
{
    [Fact]
    public async Task Excel_csv_has_a_BOM_semicolons_and_decimal_commas_and_keeps_codes()
    {
        await using var cli = await CliHarness.StartAsync();

        var (exitCode, output) = await cli.RunAsync("extraire", "--source", "covoiturage", "-p", "departement:30", "--excel", "--sortie", cli.OutputFolder);

        Assert.True(exitCode == 0, output);
        var bytes = File.ReadAllBytes(Path.Combine(cli.OutputFolder, "covoiturage_departement-30.csv"));
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id_lieu;id_local;nom_lieu", lines[0], StringComparison.Ordinal);
        var header = lines[0].Split(';');
        var insee = Array.IndexOf(header, "insee");
        var longitude = Array.IndexOf(header, "Xlong");
        var row = lines[1].Split(';');
        Assert.StartsWith("30", row[insee], StringComparison.Ordinal);
        Assert.Contains(",", row[longitude], StringComparison.Ordinal);
        Assert.DoesNotContain(".", row[longitude], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_format_holds_the_same_rows_as_the_csv()
    {
        await using var cli = await CliHarness.StartAsync();
        var (csvExit, csvOutput) = await cli.RunAsync("extraire", "--source", "catnat", "-p", "epci:200066918", "--sortie", cli.OutputFolder);
        Assert.True(csvExit == 0, csvOutput);
        var expected = IndependentCatNat.DataRows(Path.Combine(cli.OutputFolder, "catnat_epci-200066918.csv"));

        foreach (var format in new[] { "geojson", "gpkg", "xlsx", "parquet" })
        {
            var (exitCode, output) = await cli.RunAsync("extraire", "--source", "catnat", "-p", "epci:200066918", "--format", format, "--sortie", cli.OutputFolder);
            Assert.True(exitCode == 0, output);
        }

        using (var geojson = JsonDocument.Parse(File.ReadAllText(Path.Combine(cli.OutputFolder, "catnat_epci-200066918.geojson"))))
        {
            Assert.Equal(expected, geojson.RootElement.GetProperty("features").GetArrayLength());
        }

        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(cli.OutputFolder, "catnat_epci-200066918.gpkg")};Mode=ReadOnly;Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT table_name FROM gpkg_contents";
            var table = (string)command.ExecuteScalar()!;
            command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            Assert.Equal((long)expected, (long)command.ExecuteScalar()!);
        }

        using (var workbook = SpreadsheetDocument.Open(Path.Combine(cli.OutputFolder, "catnat_epci-200066918.xlsx"), false))
        {
            var rows = workbook.WorkbookPart!.WorksheetParts.Sum(part => part.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().Count() - 1);
            Assert.Equal(expected, rows);
        }

        await using (var stream = File.OpenRead(Path.Combine(cli.OutputFolder, "catnat_epci-200066918.parquet")))
        await using (var reader = await Parquet.ParquetReader.CreateAsync(stream, cancellationToken: TestContext.Current.CancellationToken))
        {
            long rows = 0;
            for (var group = 0; group < reader.RowGroupCount; group++)
            {
                using var groupReader = reader.OpenRowGroupReader(group);
                rows += groupReader.RowCount;
            }

            Assert.Equal(expected, rows);
        }

        foreach (var extension in new[] { "geojson", "gpkg", "xlsx", "parquet" })
        {
            Assert.True(File.Exists(Path.Combine(cli.OutputFolder, $"catnat_epci-200066918.{extension}.provenance.json")));
        }
    }
}
