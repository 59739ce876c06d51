using System.Globalization;
using System.Net;
using System.Text.Json;
using CoeurDeVille.Core.Downloads;
using CoeurDeVille.Extraction.Records;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace CoeurDeVille.Extraction.Readers;

/// <summary>
/// Streams the items of a paged JSON API, one page in memory at a time. The schema must be known before the
/// first record, so the first page is fetched when the source is opened and fixes the columns (item objects
/// flattened, nested names joined with "."); keys first seen on later pages are ignored and counted in
/// <see cref="IgnoredFields"/>.
/// </summary>
public sealed class PagedJsonApiSource : IRecordSource
{
    private const int Wgs84 = 4326;
    private static readonly string[] GeometryCandidates = ["geometry", "geom"];

    private readonly HttpClient _http;
    private readonly PagedJsonApiOptions _options;
    private readonly Dictionary<string, int> _columnIndex;
    private readonly Dictionary<string, long> _ignored = new(StringComparer.Ordinal);
    private readonly string? _geometryProperty;
    private readonly JsonSerializerOptions _geometryOptions;
    private Page? _firstPage;
    private long _position;

    private PagedJsonApiSource(HttpClient http, PagedJsonApiOptions options, Page firstPage)
    {
        _http = http;
        _options = options;
        _firstPage = firstPage;
        _geometryProperty = options.GeometryProperty
            ?? GeometryCandidates.FirstOrDefault(name => firstPage.Items.Any(item => item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object));
        var columns = new List<string>();
        _columnIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in firstPage.Items)
        {
            Flatten(item, "", (name, _) =>
            {
                if (_columnIndex.TryAdd(name, columns.Count))
                {
                    columns.Add(name);
                }
            });
        }

        var hasGeometry = _geometryProperty is not null || (options.LongitudeProperty is not null && options.LatitudeProperty is not null);
        Schema = new SourceSchema(columns, hasGeometry, hasGeometry ? Wgs84 : null);
        _geometryOptions = new JsonSerializerOptions
        {
            Converters = { new GeoJsonConverterFactory(new GeometryFactory(new PrecisionModel(), Wgs84)) },
        };
    }

    public SourceSchema Schema { get; }

    /// <summary>Keys met after the first page that are not columns, with the number of items that had them.</summary>
    public IReadOnlyDictionary<string, long> IgnoredFields => _ignored;

    /// <summary>Pages fetched so far, the first one included.</summary>
    public int PagesRead { get; private set; }

    /// <summary>Bytes received so far.</summary>
    public long Position => Interlocked.Read(ref _position);

    /// <summary>Unknown for an API.</summary>
    public long? Length => null;

    /// <summary>Fetches the first page and fixes the columns from it.</summary>
    /// <exception cref="SourceUnreachableException">The API cannot be reached or answers with an error status.</exception>
    /// <exception cref="SourceFormatException">The page is not the JSON expected.</exception>
    public static async Task<PagedJsonApiSource> OpenAsync(HttpClient http, PagedJsonApiOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        var url = FirstUrl(options);
        var bytes = await FetchAsync(http, url, cancellationToken).ConfigureAwait(false);
        var source = new PagedJsonApiSource(http, options, ParsePage(options, url, bytes, 1));
        source.PagesRead = 1;
        source._position = bytes.Length;
        return source;
    }

    public IEnumerable<SourceRecord> ReadAll(CancellationToken cancellationToken = default)
    {
        var page = _firstPage ?? Fetch(FirstUrl(_options), 1, cancellationToken);
        _firstPage = null;
        long line = 0;
        var pageNumber = 1;
        try
        {
            while (true)
            {
                foreach (var item in page.Items)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    yield return ReadItem(item, ++line, page.Url);
                }

                var next = NextUrl(page, pageNumber);
                page.Document.Dispose();
                if (next is null)
                {
                    yield break;
                }

                if (++pageNumber > _options.MaxPages)
                {
                    throw new SourceFormatException(
                        next.ToString(),
                        null,
                        $"plus de {_options.MaxPages} pages : la pagination ne s'arrête pas (lien « next » ou page vide attendus avant cette limite).");
                }

                page = Fetch(next, pageNumber, cancellationToken);
            }
        }
        finally
        {
            page.Document.Dispose();
        }
    }

    public void Dispose()
    {
        _firstPage?.Document.Dispose();
        _firstPage = null;
    }

    private static Uri FirstUrl(PagedJsonApiOptions options) =>
        options.NextPath is null ? WithPage(options.Url, options.PageParameter, options.FirstPage) : options.Url;

    private static Uri WithPage(Uri url, string parameter, int page)
    {
        // Replaces the page parameter if the URL already has one, keeping every other filter as written.
        var query = url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(pair => !string.Equals(Uri.UnescapeDataString(pair.Split('=')[0]), parameter, StringComparison.Ordinal))
            .Append(Uri.EscapeDataString(parameter) + "=" + page.ToString(CultureInfo.InvariantCulture));
        return new UriBuilder(url) { Query = string.Join('&', query) }.Uri;
    }

    private static JsonElement? At(JsonElement root, string path)
    {
        if (path.Length == 0)
        {
            return root;
        }

        var current = root;
        foreach (var part in path.Split('.'))
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(part, out current))
            {
                return null;
            }
        }

        return current;
    }

    private static Page ParsePage(PagedJsonApiOptions options, Uri url, byte[] bytes, int pageNumber)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes);
        }
        catch (JsonException ex)
        {
            throw new SourceFormatException(
                url.ToString(),
                (ex.LineNumber ?? 0) + 1,
                $"page n° {pageNumber} : réponse JSON invalide à la colonne {(ex.BytePositionInLine ?? 0) + 1} (un document JSON complet était attendu).",
                ex);
        }

        var root = document.RootElement;
        var items = At(root, options.ItemsPath);
        List<JsonElement> list;
        if (items is { ValueKind: JsonValueKind.Array } array)
        {
            list = [.. array.EnumerateArray()];
        }
        else if (items is null && root.ValueKind == JsonValueKind.Object && pageNumber == 1)
        {
            // Some routes (Géorisques /rga) answer a bare object instead of the usual envelope: one item.
            list = [root];
        }
        else if (items is null || items.Value.ValueKind == JsonValueKind.Null)
        {
            list = [];
        }
        else
        {
            document.Dispose();
            throw new SourceFormatException(url.ToString(), null, $"page n° {pageNumber} : le membre « {options.ItemsPath} » doit être un tableau d'objets, trouvé : {items.Value.ValueKind}.");
        }

        var notObject = list.FindIndex(item => item.ValueKind != JsonValueKind.Object);
        if (notObject >= 0)
        {
            document.Dispose();
            throw new SourceFormatException(url.ToString(), null, $"page n° {pageNumber}, élément n° {notObject + 1} de « {options.ItemsPath} » : un objet JSON était attendu.");
        }

        return new Page(url, document, list);
    }

    private static async Task<byte[]> FetchAsync(HttpClient http, Uri url, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            EnsureSuccess(response, url);
            return await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            throw Unreachable(url, ex);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw TimedOut(url, ex);
        }
    }

    private static void EnsureSuccess(HttpResponseMessage response, Uri url)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new SourceUnreachableException(
                $"L'API {url} a répondu {(int)response.StatusCode} ({response.ReasonPhrase ?? response.StatusCode.ToString()}) au lieu d'une page JSON (statut 200 attendu).");
        }
    }

    private static SourceUnreachableException Unreachable(Uri url, HttpRequestException ex) =>
        new($"L'API {url} est injoignable{(ex.StatusCode is HttpStatusCode code ? $" (statut {(int)code})" : "")} : connexion impossible (serveur arrêté, nom inconnu ou réseau coupé) ; une réponse HTTP était attendue.", ex);

    private static SourceUnreachableException TimedOut(Uri url, Exception ex) =>
        new($"L'API {url} n'a pas répondu dans le délai imparti.", ex);

    private Page Fetch(Uri url, int pageNumber, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            // IRecordSource is synchronous; HttpClient.Send keeps the enumeration free of sync-over-async.
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            using var response = _http.Send(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            EnsureSuccess(response, url);
            using var stream = response.Content.ReadAsStream(cancellationToken);
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            bytes = buffer.ToArray();
        }
        catch (HttpRequestException ex)
        {
            throw Unreachable(url, ex);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw TimedOut(url, ex);
        }
        catch (IOException ex)
        {
            throw new SourceUnreachableException($"L'API {url} a coupé la connexion pendant la réponse : une page JSON complète était attendue.", ex);
        }

        PagesRead++;
        Interlocked.Add(ref _position, bytes.Length);
        return ParsePage(_options, url, bytes, pageNumber);
    }

    private Uri? NextUrl(Page page, int pageNumber)
    {
        var root = page.Document.RootElement;
        if (_options.TotalPagesPath is not null && At(root, _options.TotalPagesPath) is { ValueKind: JsonValueKind.Number } total
            && total.TryGetInt32(out var totalPages))
        {
            var current = At(root, _options.CurrentPagePath) is { ValueKind: JsonValueKind.Number } number && number.TryGetInt32(out var value)
                ? value
                : _options.FirstPage + pageNumber - 1;
            if (current >= totalPages)
            {
                return null;
            }
        }

        if (_options.NextPath is null)
        {
            return page.Items.Count == 0 ? null : WithPage(_options.Url, _options.PageParameter, _options.FirstPage + pageNumber);
        }

        if (At(root, _options.NextPath) is not { ValueKind: JsonValueKind.String } link || string.IsNullOrWhiteSpace(link.GetString()))
        {
            return null;
        }

        // Relative links ("/items?cursor=…") are resolved against the page that carried them.
        if (!Uri.TryCreate(page.Url, link.GetString(), out var next))
        {
            throw new SourceFormatException(page.Url.ToString(), null, $"page n° {pageNumber} : lien « {_options.NextPath} » invalide (« {link.GetString()} ») ; une URL était attendue.");
        }

        if (next == page.Url)
        {
            throw new SourceFormatException(page.Url.ToString(), null, $"page n° {pageNumber} : le lien « {_options.NextPath} » renvoie à la même page ; une page suivante ou null était attendu.");
        }

        return next;
    }

    private SourceRecord ReadItem(JsonElement item, long line, Uri url)
    {
        var values = new string?[_columnIndex.Count];
        Flatten(item, "", (name, value) =>
        {
            if (_columnIndex.TryGetValue(name, out var index))
            {
                values[index] = value;
            }
            else
            {
                _ignored[name] = _ignored.GetValueOrDefault(name) + 1;
            }
        });
        return new SourceRecord(values, ReadGeometry(item, values, line, url), line);
    }

    private Geometry? ReadGeometry(JsonElement item, string?[] values, long line, Uri url)
    {
        if (_geometryProperty is not null && item.TryGetProperty(_geometryProperty, out var geometry) && geometry.ValueKind == JsonValueKind.Object)
        {
            try
            {
                return geometry.Deserialize<Geometry>(_geometryOptions);
            }
            catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException or FormatException)
            {
                throw new SourceFormatException(url.ToString(), line, $"élément n° {line}, champ « {_geometryProperty} » : géométrie GeoJSON invalide (« type » et « coordinates » attendus).", ex);
            }
        }

        if (_options.LongitudeProperty is { } lonName && _options.LatitudeProperty is { } latName
            && _columnIndex.TryGetValue(lonName, out var lonIndex) && _columnIndex.TryGetValue(latName, out var latIndex)
            && double.TryParse(values[lonIndex], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon)
            && double.TryParse(values[latIndex], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat))
        {
            return new Point(lon, lat) { SRID = Wgs84 };
        }

        return null;
    }

    private void Flatten(JsonElement element, string prefix, Action<string, string?> emit)
    {
        foreach (var property in element.EnumerateObject())
        {
            var name = prefix + property.Name;
            if (prefix.Length == 0 && property.Name == _geometryProperty && property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Null)
            {
                continue;
            }

            if (property.Value.ValueKind == JsonValueKind.Object && property.Value.EnumerateObject().Any())
            {
                Flatten(property.Value, name + ".", emit);
            }
            else
            {
                emit(name, JsonText.ValueOf(property.Value));
            }
        }
    }

    private sealed record Page(Uri Url, JsonDocument Document, List<JsonElement> Items);
}
