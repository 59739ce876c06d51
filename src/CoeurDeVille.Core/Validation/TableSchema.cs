using System.Text.Json;
using CoeurDeVille.Core.Downloads;

namespace CoeurDeVille.Core.Validation;

/// <summary>A Table Schema (frictionless spec v1). Unknown keys are ignored, as national schemas carry many.</summary>
public sealed record TableSchema
{
    public IReadOnlyList<SchemaField> Fields { get; init; } = [];

    public IReadOnlyList<string> MissingValues { get; init; } = [""];

    public IReadOnlyList<string> PrimaryKey { get; init; } = [];

    public IReadOnlyList<ForeignKey> ForeignKeys { get; init; } = [];

    public IReadOnlyList<CustomCheck> CustomChecks { get; init; } = [];

    /// <summary>True for a schema guessed from a header rather than read from a file.</summary>
    public bool IsInferred { get; init; }

    /// <summary>Reads a schema from a local file.</summary>
    public static TableSchema Load(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var document = JsonDocument.Parse(stream);
            return Parse(document.RootElement);
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"{Path.GetFileName(path)} : schéma JSON illisible ({exception.Message}).", exception);
        }
    }

    /// <summary>Reads a schema from a path or an http(s) URL (downloaded through the cache).</summary>
    public static async Task<TableSchema> LoadAsync(string pathOrUrl, DownloadCache cache, CancellationToken cancellationToken = default)
    {
        if (pathOrUrl.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || pathOrUrl.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            var file = await cache.FetchAsync(pathOrUrl, cancellationToken: cancellationToken);
            return Load(file.Path);
        }

        return Load(pathOrUrl);
    }

    public static TableSchema Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Parse(document.RootElement);
    }

    public static TableSchema Parse(JsonElement root) => TableSchemaReader.Read(root);

    /// <summary>What frictionless does without a schema: every label becomes a string field (blank labels are named fieldN).</summary>
    public static TableSchema Infer(IReadOnlyList<string> labels) => new()
    {
        IsInferred = true,
        Fields = [.. labels.Select((label, index) => new SchemaField(label.Length == 0 ? $"field{index + 1}" : label))],
    };

    public SchemaField? FindField(string name) => Fields.FirstOrDefault(f => f.Name == name);

    public int IndexOf(string name)
    {
        for (var i = 0; i < Fields.Count; i++)
        {
            if (Fields[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }
}
