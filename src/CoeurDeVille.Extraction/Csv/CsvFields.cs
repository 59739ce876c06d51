namespace CoeurDeVille.Extraction.Csv;

/// <summary>Span-based access to the fields of one CSV record, quote-aware only when needed.</summary>
public static class CsvFields
{
    /// <summary>
    /// Finds field <paramref name="index"/> and returns it trimmed of spaces and of its surrounding quotes
    /// (doubled quotes inside are left as they are: keys and coordinates never contain them).
    /// </summary>
    public static bool TryGet(ReadOnlySpan<byte> record, byte separator, int index, bool hasQuotes, out ReadOnlySpan<byte> field)
    {
        if (!hasQuotes)
        {
            var rest = record;
            for (var i = 0; i < index; i++)
            {
                var next = rest.IndexOf(separator);
                if (next < 0)
                {
                    field = default;
                    return false;
                }

                rest = rest[(next + 1)..];
            }

            var end = rest.IndexOf(separator);
            field = Trim(end < 0 ? rest : rest[..end]);
            return true;
        }

        var start = 0;
        var current = 0;
        var inQuotes = false;
        for (var i = 0; i <= record.Length; i++)
        {
            if (i < record.Length)
            {
                var b = record[i];
                if (b == (byte)'"')
                {
                    inQuotes = !inQuotes;
                    continue;
                }

                if (inQuotes || b != separator)
                {
                    continue;
                }
            }

            if (current == index)
            {
                field = Unquote(Trim(record[start..i]));
                return true;
            }

            current++;
            start = i + 1;
        }

        field = default;
        return false;
    }

    /// <summary>Number of fields of a record.</summary>
    public static int Count(ReadOnlySpan<byte> record, byte separator, bool hasQuotes)
    {
        if (!hasQuotes)
        {
            return record.Count(separator) + 1;
        }

        var count = 1;
        var inQuotes = false;
        foreach (var b in record)
        {
            if (b == (byte)'"')
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes && b == separator)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Splits a record into decoded fields (quotes removed, doubled quotes undoubled); missing fields are null.</summary>
    public static string?[] Split(ReadOnlySpan<byte> record, byte separator, System.Text.Encoding encoding, int expected)
    {
        var values = new string?[expected];
        if (!record.Contains((byte)'"'))
        {
            var rest = record;
            for (var field = 0; field < expected; field++)
            {
                var next = rest.IndexOf(separator);
                values[field] = encoding.GetString(next < 0 ? rest : rest[..next]);
                if (next < 0)
                {
                    break;
                }

                rest = rest[(next + 1)..];
            }

            return values;
        }

        var buffer = new byte[record.Length];
        var length = 0;
        var index = 0;
        var inQuotes = false;
        for (var i = 0; i <= record.Length && index < expected; i++)
        {
            if (i == record.Length || (!inQuotes && record[i] == separator))
            {
                values[index++] = encoding.GetString(buffer, 0, length);
                length = 0;
                continue;
            }

            var b = record[i];
            if (b == (byte)'"')
            {
                if (inQuotes && i + 1 < record.Length && record[i + 1] == (byte)'"')
                {
                    buffer[length++] = (byte)'"';
                    i++;
                }
                else
                {
                    inQuotes = !inQuotes;
                }

                continue;
            }

            buffer[length++] = b;
        }

        return values;
    }

    private static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> field) => field.Trim((byte)' ');

    private static ReadOnlySpan<byte> Unquote(ReadOnlySpan<byte> field) =>
        field.Length >= 2 && field[0] == (byte)'"' && field[^1] == (byte)'"' ? field[1..^1].Trim((byte)' ') : field;
}
