using CoeurDeVille.Core.Tabular;
using CoeurDeVille.Core.Text;
using CoeurDeVille.Extraction.Records;

namespace CoeurDeVille.Extraction.Csv;

/// <summary>Reads the column names of a CSV file and finds columns by name, with suggestions.</summary>
public static class CsvHeader
{
    public static IReadOnlyList<string> Read(string path, CsvDialect dialect)
    {
        using var stream = File.OpenRead(path);
        stream.Seek(dialect.PreambleLength, SeekOrigin.Begin);
        var buffer = new byte[1 << 20];
        var length = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        var span = buffer.AsSpan(0, length);
        var end = span.IndexOf((byte)'\n');
        var header = end < 0 ? span : span[..end];
        if (header.Length > 0 && header[^1] == (byte)'\r')
        {
            header = header[..^1];
        }

        if (header.IsEmpty)
        {
            throw new SourceFormatException(Path.GetFileName(path), 1, "ligne d'en-tête vide.");
        }

        var count = CsvFields.Count(header, dialect.Separator, header.Contains((byte)'"'));
        return [.. CsvFields.Split(header, dialect.Separator, dialect.Encoding, count).Select(c => (c ?? "").Trim())];
    }

    /// <summary>Index of a column (case and accents ignored); a clear message with the available columns otherwise.</summary>
    public static int Find(IReadOnlyList<string> columns, string name, string fileName)
    {
        var wanted = NameNormalizer.Normalize(name);
        for (var i = 0; i < columns.Count; i++)
        {
            if (NameNormalizer.Normalize(columns[i]) == wanted)
            {
                return i;
            }
        }

        var close = columns.OrderBy(c => EditDistance.Compute(NameNormalizer.Normalize(c), wanted, 20)).First();
        throw new SourceFormatException(fileName, 1,
            $"colonne « {name} » absente de l'en-tête. Vouliez-vous dire « {close} » ? Colonnes disponibles : {string.Join(", ", columns)}.");
    }
}
