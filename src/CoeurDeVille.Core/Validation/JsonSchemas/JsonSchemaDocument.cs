using System.Text.Json;
using CoeurDeVille.Core.Downloads;
using Json.Schema;

namespace CoeurDeVille.Core.Validation.JsonSchemas;

/// <summary>
/// A JSON Schema (draft 7, 2019-09 or 2020-12, as the file declares) ready to validate documents. Its <c>$ref</c>s are
/// all resolved when it is loaded: to files of the same folder (or URL folder), to built-in GeoJSON geometry schemas for
/// <c>geojson.org/schema/…</c>, or downloaded; validating never touches the network.
/// </summary>
public sealed class JsonSchemaDocument
{
    private JsonSchemaDocument(JsonSchema schema, string source, string? title)
    {
        Schema = schema;
        Source = source;
        Title = title;
    }

    /// <summary>The path or URL it was loaded from.</summary>
    public string Source { get; }

    /// <summary>The schema's <c>title</c>, if any.</summary>
    public string? Title { get; }

    internal JsonSchema Schema { get; }

    /// <summary>Loads a schema from a path or an http(s) URL; URLs (the schema and its references) go through the download cache.</summary>
    public static Task<JsonSchemaDocument> LoadAsync(string pathOrUrl, DownloadCache cache, CancellationToken cancellationToken = default) =>
        LoadAsync(pathOrUrl, async (uri, token) =>
        {
            var file = await cache.FetchAsync(uri.AbsoluteUri, cancellationToken: token);
            return await File.ReadAllTextAsync(file.Path, token);
        }, cancellationToken);

    /// <summary>Loads a schema from a path or an http(s) URL; URLs are fetched with the caller's client (no cache).</summary>
    public static Task<JsonSchemaDocument> LoadAsync(string pathOrUrl, HttpClient http, CancellationToken cancellationToken = default) =>
        LoadAsync(pathOrUrl, (uri, token) => http.GetStringAsync(uri, token), cancellationToken);

    /// <summary>Builds a schema from its text. Relative references are resolved against <paramref name="baseUri"/> (a file or http(s) URI), already-fetched texts only.</summary>
    public static JsonSchemaDocument Parse(string json, Uri? baseUri = null)
    {
        var source = baseUri ?? new Uri("urn:cdv:schema");
        var texts = new Dictionary<string, string>(StringComparer.Ordinal) { [Key(source)] = json };
        return Build(source, source.IsFile ? source.LocalPath : source.ToString(), texts);
    }

    private static async Task<JsonSchemaDocument> LoadAsync(string pathOrUrl, Func<Uri, CancellationToken, Task<string>> fetchUrl, CancellationToken cancellationToken)
    {
        var source = IsUrl(pathOrUrl) ? new Uri(pathOrUrl) : new Uri(Path.GetFullPath(pathOrUrl));
        var texts = await JsonSchemaReferences.FetchAllAsync(source, fetchUrl, cancellationToken);
        return Build(source, pathOrUrl, texts);
    }

    private static JsonSchemaDocument Build(Uri source, string label, Dictionary<string, string> texts)
    {
        var name = source.IsFile ? Path.GetFileName(source.LocalPath) : source.ToString();
        var registry = new SchemaRegistry();
        try
        {
            foreach (var (uri, schema) in GeoJsonSchemas.All)
            {
                registry.Register(uri, schema);
            }

            registry.Fetch = (uri, reg) =>
            {
                if (!texts.TryGetValue(Key(uri), out var text))
                {
                    return null;
                }

                return JsonSchema.Build(ParseElement(text), new BuildOptions { SchemaRegistry = reg }, uri);
            };
            var root = ParseElement(texts[Key(source)]);
            if (SchemaDetector.Detect(root) != SchemaKind.JsonSchema)
            {
                throw new InvalidDataException($"{name} : ce fichier n'est pas un JSON Schema (ni « $schema », ni « type », ni « properties »).");
            }

            var title = root.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            var built = JsonSchema.Build(root, new BuildOptions { SchemaRegistry = registry }, source);
            return new JsonSchemaDocument(built, label, title);
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"{name} : schéma JSON illisible (ligne {exception.LineNumber + 1}, colonne {exception.BytePositionInLine + 1}).", exception);
        }
        catch (Exception exception) when (exception is not InvalidDataException and not OperationCanceledException)
        {
            throw new InvalidDataException($"{name} : schéma JSON invalide ou référence introuvable ({exception.Message}).", exception);
        }
    }

    /// <summary>The schema keeps elements (enum values, defaults), so each gets its own document that needs no disposal.</summary>
    internal static JsonElement ParseElement(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    internal static string Key(Uri uri) => uri.GetLeftPart(UriPartial.Query);

    internal static bool IsUrl(string pathOrUrl) =>
        pathOrUrl.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || pathOrUrl.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
}
