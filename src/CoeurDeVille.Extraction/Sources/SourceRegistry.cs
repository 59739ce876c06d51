using System.Text.Json;
using CoeurDeVille.Core.Text;

namespace CoeurDeVille.Extraction.Sources;

/// <summary>The declared national sources: the built-in <c>sources.json</c>, optionally overlaid by a user file.</summary>
public sealed class SourceRegistry
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private readonly Dictionary<string, SourceDescriptor> _sources;

    private SourceRegistry(IEnumerable<SourceDescriptor> sources) =>
        _sources = sources.ToDictionary(s => s.Id, StringComparer.OrdinalIgnoreCase);

    public IEnumerable<SourceDescriptor> All => _sources.Values.OrderBy(s => s.Id, StringComparer.Ordinal);

    public static SourceRegistry Load(string? overlayFile = null)
    {
        using var builtIn = typeof(SourceRegistry).Assembly.GetManifestResourceStream("CoeurDeVille.Extraction.sources.json")
            ?? throw new InvalidOperationException("sources.json absent de l'assemblage.");
        var sources = Parse(builtIn, "sources.json (intégré)");
        if (overlayFile is not null)
        {
            using var overlay = File.OpenRead(overlayFile);
            var extra = Parse(overlay, overlayFile);
            sources = [.. sources.Where(s => !extra.Any(e => string.Equals(e.Id, s.Id, StringComparison.OrdinalIgnoreCase))), .. extra];
        }

        return new SourceRegistry(sources);
    }

    public SourceDescriptor Get(string id)
    {
        if (_sources.TryGetValue(id, out var source))
        {
            return source;
        }

        var normalized = NameNormalizer.Normalize(id);
        var close = _sources.Keys
            .OrderBy(key => EditDistance.Compute(NameNormalizer.Normalize(key), normalized, 10))
            .Take(3);
        throw new ArgumentException($"Source « {id} » inconnue. Vouliez-vous dire : {string.Join(", ", close)} ? (liste : cdv sources)");
    }

    /// <summary>The URL to fetch: the mirror under <paramref name="baseUrl"/> when configured, else the public URL.</summary>
    public static string LocationOf(SourceDescriptor source, string? baseUrl)
    {
        if (!string.IsNullOrEmpty(baseUrl) && source.MirrorPath is not null)
        {
            return baseUrl.Contains("://", StringComparison.Ordinal)
                ? baseUrl.TrimEnd('/') + "/" + source.MirrorPath
                : Path.Combine(baseUrl, source.MirrorPath);
        }

        return source.Url ?? throw new ArgumentException(
            $"La source « {source.Id} » n'a pas d'adresse publique ; configurez SourcesBaseUrl (variable CDV__SourcesBaseUrl) vers un miroir qui contient {source.MirrorPath}.");
    }

    private static List<SourceDescriptor> Parse(Stream stream, string name)
    {
        try
        {
            var document = JsonSerializer.Deserialize<RegistryDocument>(stream, Options) ?? new RegistryDocument();
            foreach (var source in document.Sources)
            {
                if (string.IsNullOrWhiteSpace(source.Id) || (source.Url is null && source.MirrorPath is null))
                {
                    throw new InvalidDataException($"{name} : chaque source doit avoir un id et une url ou un mirrorPath (source « {source.Id} »).");
                }
            }

            return document.Sources;
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"{name}, ligne {exception.LineNumber + 1} : JSON invalide ({exception.Message}).", exception);
        }
    }

    private sealed class RegistryDocument
    {
        public List<SourceDescriptor> Sources { get; set; } = [];
    }
}
