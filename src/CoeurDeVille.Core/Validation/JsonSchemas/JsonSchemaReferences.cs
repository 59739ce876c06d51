using System.Text.Json;

namespace CoeurDeVille.Core.Validation.JsonSchemas;

/// <summary>
/// Fetches a schema and every file its <c>$ref</c>s point to before the schema is built, since the library resolves
/// references synchronously. A reference under the schema's own <c>$id</c> folder is read from the folder the schema
/// came from, so a published schema validates from a local copy.
/// </summary>
internal static class JsonSchemaReferences
{
    public static async Task<Dictionary<string, string>> FetchAllAsync(Uri source, Func<Uri, CancellationToken, Task<string>> fetchUrl, CancellationToken cancellationToken)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var queue = new Queue<(Uri Requested, Uri Load)>();
        queue.Enqueue((source, source));
        while (queue.TryDequeue(out var next))
        {
            var key = JsonSchemaDocument.Key(next.Requested);
            if (texts.ContainsKey(key))
            {
                continue;
            }

            var text = await ReadAsync(source, next.Load, fetchUrl, cancellationToken);
            texts[key] = text;
            JsonElement root;
            try
            {
                root = JsonSchemaDocument.ParseElement(text);
            }
            catch (JsonException exception)
            {
                throw new InvalidDataException($"{Name(next.Load)} : schéma JSON illisible (ligne {exception.LineNumber + 1}, colonne {exception.BytePositionInLine + 1}).", exception);
            }

            var declaredBase = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("$id", out var id) && id.ValueKind == JsonValueKind.String
                && Uri.TryCreate(next.Requested, id.GetString(), out var idUri) ? idUri : next.Requested;
            foreach (var reference in References(root))
            {
                if (reference.StartsWith('#') || !Uri.TryCreate(declaredBase, reference, out var target))
                {
                    continue;
                }

                target = new Uri(target.GetLeftPart(UriPartial.Query));
                if (GeoJsonSchemas.Contains(target))
                {
                    continue;
                }

                queue.Enqueue((target, MapToLoad(target, declaredBase, next.Load)));
            }
        }

        return texts;
    }

    private static Uri MapToLoad(Uri target, Uri declaredBase, Uri loadedFrom)
    {
        var declaredFolder = new Uri(declaredBase, ".");
        var relative = declaredFolder.MakeRelativeUri(target);
        return declaredFolder.IsBaseOf(target) && !relative.IsAbsoluteUri ? new Uri(new Uri(loadedFrom, "."), relative) : target;
    }

    private static async Task<string> ReadAsync(Uri source, Uri load, Func<Uri, CancellationToken, Task<string>> fetchUrl, CancellationToken cancellationToken)
    {
        if (load.IsFile)
        {
            // Local references stay inside the schema's folder: a schema is data, not a licence to read any file.
            var folder = Path.GetDirectoryName(source.LocalPath) + Path.DirectorySeparatorChar;
            if (load != source && !load.LocalPath.StartsWith(folder, StringComparison.Ordinal))
            {
                throw new InvalidDataException($"{Name(source)} : la référence « {load.LocalPath} » sort du dossier du schéma.");
            }

            if (!File.Exists(load.LocalPath))
            {
                throw new FileNotFoundException($"Schéma introuvable : {load.LocalPath}", load.LocalPath);
            }

            return await File.ReadAllTextAsync(load.LocalPath, cancellationToken);
        }

        if (load.Scheme is "http" or "https")
        {
            return await fetchUrl(load, cancellationToken);
        }

        throw new InvalidDataException($"{Name(source)} : référence « {load} » non prise en charge (seuls les fichiers locaux et les URL http(s) le sont).");
    }

    private static IEnumerable<string> References(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.NameEquals("$ref") && property.Value.ValueKind == JsonValueKind.String)
                    {
                        yield return property.Value.GetString()!;
                    }
                    else
                    {
                        foreach (var reference in References(property.Value))
                        {
                            yield return reference;
                        }
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    foreach (var reference in References(item))
                    {
                        yield return reference;
                    }
                }

                break;
        }
    }

    private static string Name(Uri uri) => uri.IsFile ? Path.GetFileName(uri.LocalPath) : uri.ToString();
}
