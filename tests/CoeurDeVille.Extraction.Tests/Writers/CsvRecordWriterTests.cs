using System.Text;
using CoeurDeVille.Extraction.Records;
using CoeurDeVille.Extraction.Writers;
using CoeurDeVille.TestSupport;
using Xunit;

namespace CoeurDeVille.Extraction.Tests.Writers;

public sealed class CsvRecordWriterTests
{
    [Fact]
    public void Writes_rfc4180_with_wkt_column_and_round_trips_quotes_and_newlines()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("out.csv");
        using (var writer = new CsvRecordWriter(new WriterOptions(path, Samples.Schema(), 4326)))
        {
            foreach (var record in Samples.Records())
            {
                writer.Write(record);
            }

            writer.Complete();
            Assert.Equal(3, writer.RowsWritten);
        }

        var bytes = File.ReadAllBytes(path);
        Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), "pas de BOM en CSV standard");
        var rows = ParseCsv(Encoding.UTF8.GetString(bytes), ',');
        Assert.Equal(4, rows.Count);
        Assert.Equal(["code_insee", "nom", "surface", "note", "geometrie_wkt"], rows[0]);
        Assert.Equal(["30007", "Alès", "12.5", Samples.Tricky, "POINT (4.0812345678 44.1234567891)"], rows[1]);
        Assert.Equal("01004", rows[2][0]);
        Assert.Equal("-3.25", rows[2][2]);
        Assert.StartsWith("POLYGON ((4 44, 4 44.1", rows[2][4], StringComparison.Ordinal);
        Assert.Equal(["2A004", "Ajaccio", "1e5", "", ""], rows[3]);
        Assert.StartsWith("code_insee,nom,surface,note,geometrie_wkt\n30007,Alès,12.5,\"dit \"\"le Gardon\"\", rive droite\r\nligne 2\nligne 3\",", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Excel_variant_has_bom_semicolons_decimal_comma_and_crlf_but_keeps_codes()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("excel.csv");
        var schema = new SourceSchema(["code", "valeur", "date", "texte"], false, null);
        using (var writer = new CsvRecordWriter(new WriterOptions(path, schema, null, Excel: true)))
        {
            writer.Write(new SourceRecord(["01004", "12.5", "2024-03-01", "a;b"], null, 1));
            writer.Write(new SourceRecord(["30007", "-0.75", "1.2.3", "12"], null, 2));
            writer.Complete();
        }

        var bytes = File.ReadAllBytes(path);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.Equal("code;valeur;date;texte\r\n01004;12,5;2024-03-01;\"a;b\"\r\n30007;-0,75;1.2.3;12\r\n", text);
    }

    [Fact]
    public void Wrong_number_of_values_is_rejected()
    {
        using var folder = new TemporaryFolder();
        using var writer = new CsvRecordWriter(new WriterOptions(folder.File("x.csv"), Samples.Schema(), 4326));
        var error = Assert.Throws<ArgumentException>(() => writer.Write(new SourceRecord(["1", "2"], null, 7)));
        Assert.Contains("Ligne 7", error.Message, StringComparison.Ordinal);
    }

    /// <summary>An independent RFC 4180 reader: quoted fields, doubled quotes, CRLF or LF records.</summary>
    internal static List<string[]> ParseCsv(string text, char separator)
    {
        var rows = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == separator)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                fields.Add(field.ToString());
                field.Clear();
                rows.Add([.. fields]);
                fields.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        Assert.False(quoted, "guillemet non refermé");
        Assert.Equal(0, field.Length + fields.Count);
        return rows;
    }
}
