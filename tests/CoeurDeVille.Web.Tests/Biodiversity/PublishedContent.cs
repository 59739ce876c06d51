using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using NetTopologySuite.IO;

namespace CoeurDeVille.Web.Tests.Biodiversity;

/// <summary>
/// What a response publishes, whatever its format, so that a leak test can search it: text as is, every entry of a zip
/// (a DwC-A's <c>occurrence.txt</c>), every geometry and text cell of a GeoPackage (binary points hide from a string search).
/// Also the numbers of the content in order and the (cdRef, commune) pairs of tabular or GeoJSON records.
/// </summary>
internal static partial class PublishedContent
{
    [GeneratedRegex(@"-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?")]
    private static partial Regex NumberPattern();

    public static string Read(byte[] body, string folder)
    {
        if (body.Length > 4 && body[0] == 'P' && body[1] == 'K')
        {
            using var zip = new ZipArchive(new MemoryStream(body), ZipArchiveMode.Read);
            var text = new StringBuilder();
            foreach (var entry in zip.Entries)
            {
                using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
                text.Append(reader.ReadToEnd()).Append('\n');
            }

            return text.ToString();
        }

        if (body.Length > 16 && Encoding.ASCII.GetString(body, 0, 15) == "SQLite format 3")
        {
            return GeoPackage(body, folder);
        }

        return Encoding.UTF8.GetString(body);
    }

    /// <summary>Numbers in the order they appear (a position shows as two consecutive numbers in every format read here).</summary>
    public static List<double> Numbers(string text) =>
        [.. NumberPattern().Matches(text).Select(m => double.TryParse(m.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : double.NaN)];

    /// <summary>Whether two consecutive numbers are (a, b) within <paramref name="tolerance"/>.</summary>
    public static bool HasPair(List<double> numbers, double a, double b, double tolerance)
    {
        for (var i = 0; i + 1 < numbers.Count; i++)
        {
            if (Math.Abs(numbers[i] - a) <= tolerance && Math.Abs(numbers[i + 1] - b) <= tolerance)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>(cdRef, commune) pairs of the records of a SINP CSV / DwC occurrence table (header with <c>cdRef</c> and <c>codeCommune</c>) or a GeoJSON.</summary>
    public static IEnumerable<(string CdRef, string Commune)> TaxonCommunes(string text)
    {
        if (text.TrimStart().StartsWith('{'))
        {
            return GeoJsonPairs(text);
        }

        var pairs = new List<(string, string)>();
        string[]? header = null;
        char separator = ';';
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.TrimEnd('\r');
            if (trimmed.Contains("cdRef", StringComparison.Ordinal) && trimmed.Contains("codeCommune", StringComparison.Ordinal))
            {
                separator = trimmed.Contains('\t') ? '\t' : ';';
                header = [.. trimmed.Split(separator).Select(h => h[(h.LastIndexOf('/') + 1)..])];
                if (Array.IndexOf(header, "cdRef") < 0 || Array.IndexOf(header, "codeCommune") < 0)
                {
                    // Prose or markup naming the columns (the export form), not a table header.
                    header = null;
                }

                continue;
            }

            if (header is null || trimmed.Length == 0)
            {
                continue;
            }

            var cells = trimmed.Split(separator);
            if (cells.Length != header.Length)
            {
                // Another table of the archive (meta.xml, eml.xml).
                header = null;
                continue;
            }

            var cdRef = cells[Array.IndexOf(header, "cdRef")];
            pairs.AddRange(Communes(cells[Array.IndexOf(header, "codeCommune")]).Select(c => (cdRef, c)));
        }

        return pairs;
    }

    /// <summary>The communes of a record, or one empty commune so that a record without any still shows its taxon.</summary>
    private static string[] Communes(string cell) => cell.Split(',', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } list ? list : [""];

    private static List<(string, string)> GeoJsonPairs(string text)
    {
        var pairs = new List<(string, string)>();
        try
        {
            using var json = JsonDocument.Parse(text);
            if (!json.RootElement.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
            {
                return pairs;
            }

            foreach (var feature in features.EnumerateArray())
            {
                if (feature.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object
                    && p.TryGetProperty("cdRef", out var cdRef) && p.TryGetProperty("codeCommune", out var communes))
                {
                    pairs.AddRange(Communes(communes.ToString()).Select(c => (cdRef.ToString(), c)));
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON after all: nothing tabular to check.
        }

        return pairs;
    }

    private static string GeoPackage(byte[] body, string folder)
    {
        var path = Path.Combine(folder, Guid.NewGuid().ToString("N") + ".gpkg");
        File.WriteAllBytes(path, body);
        var text = new StringBuilder();
        using (var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False"))
        {
            connection.Open();
            var geometryColumns = new List<(string Table, string Column)>();
            using (var list = connection.CreateCommand())
            {
                list.CommandText = "SELECT table_name, column_name FROM gpkg_geometry_columns";
                using var reader = list.ExecuteReader();
                while (reader.Read())
                {
                    geometryColumns.Add((reader.GetString(0), reader.GetString(1)));
                }
            }

            var geoReader = new GeoPackageGeoReader();
            foreach (var (table, column) in geometryColumns)
            {
                using var select = connection.CreateCommand();
                select.CommandText = $"SELECT * FROM \"{table}\"";
                using var reader = select.ExecuteReader();
                // A header like the SINP CSV's, so that the (cdRef, commune) check reads GeoPackage rows too.
                text.Append(string.Join(';', Enumerable.Range(0, reader.FieldCount).Select(reader.GetName))).Append(";\n");
                while (reader.Read())
                {
                    for (var i = 0; i < reader.FieldCount; i++)
                    {
                        if (reader.IsDBNull(i))
                        {
                            text.Append(";");
                        }
                        else if (reader.GetName(i) == column)
                        {
                            foreach (var c in geoReader.Read((byte[])reader.GetValue(i)).Coordinates)
                            {
                                text.Append(CultureInfo.InvariantCulture, $" {c.X:R} {c.Y:R} ");
                            }

                            text.Append(';');
                        }
                        else
                        {
                            text.Append(Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)).Append(';');
                        }
                    }

                    text.Append('\n');
                }
            }
        }

        SqliteConnection.ClearAllPools();
        File.Delete(path);
        return text.ToString();
    }
}
