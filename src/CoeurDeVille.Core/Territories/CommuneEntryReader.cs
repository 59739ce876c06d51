using System.Text.Json;

namespace CoeurDeVille.Core.Territories;

/// <summary>
/// Reads <c>communes.json</c> (8.6 MB, 37,590 entries) with a bare <see cref="Utf8JsonReader"/>: every CLI run
/// starts with it, and the reader is several times faster than object deserialization.
/// </summary>
internal static class CommuneEntryReader
{
    public static List<CommuneEntry> Read(Stream stream, string fileName)
    {
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        var reader = new Utf8JsonReader(memory.GetBuffer().AsSpan(0, (int)memory.Length), new JsonReaderOptions { AllowTrailingCommas = true });
        var entries = new List<CommuneEntry>(40_000);
        try
        {
            Expect(ref reader, JsonTokenType.StartArray, fileName);
            while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
            {
                entries.Add(ReadEntry(ref reader));
            }
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"{fileName} : JSON invalide à la ligne {exception.LineNumber + 1} ({exception.Message}).", exception);
        }

        return entries;
    }

    private static CommuneEntry ReadEntry(ref Utf8JsonReader reader)
    {
        var entry = new CommuneEntry();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.ValueSpan;
            reader.Read();
            if (name.SequenceEqual("code"u8))
            {
                entry.Code = reader.GetString()!;
            }
            else if (name.SequenceEqual("nom"u8))
            {
                entry.Nom = reader.GetString()!;
            }
            else if (name.SequenceEqual("type"u8))
            {
                entry.Type = reader.GetString();
            }
            else if (name.SequenceEqual("departement"u8))
            {
                entry.Departement = reader.GetString();
            }
            else if (name.SequenceEqual("region"u8))
            {
                entry.Region = reader.GetString();
            }
            else if (name.SequenceEqual("chefLieu"u8))
            {
                entry.ChefLieu = reader.GetString();
            }
            else if (name.SequenceEqual("commune"u8))
            {
                entry.Commune = reader.GetString();
            }
            else if (name.SequenceEqual("population"u8) && reader.TokenType == JsonTokenType.Number)
            {
                entry.Population = reader.GetInt32();
            }
            else if (name.SequenceEqual("anciensCodes"u8))
            {
                entry.AnciensCodes = ReadStrings(ref reader);
            }
            else if (name.SequenceEqual("codesPostaux"u8))
            {
                entry.CodesPostaux = ReadStrings(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }

        return entry;
    }

    private static string[] ReadStrings(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return [];
        }

        var values = new List<string>(2);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            values.Add(reader.GetString()!);
        }

        return [.. values];
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type, string fileName)
    {
        if (!reader.Read() || reader.TokenType != type)
        {
            throw new InvalidDataException($"{fileName} : un tableau JSON de communes est attendu.");
        }
    }
}
