using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace CoeurDeVille.Core.Downloads;

/// <summary>
/// Fetches sources over HTTP into a cache folder: conditional requests (ETag, If-Modified-Since) so an
/// unchanged national file is not downloaded twice, resume of an interrupted download (Range + If-Range),
/// and the cached copy used — and said so — when the source is unreachable.
/// </summary>
public sealed class DownloadCache
{
    /// <summary>
    /// One gate per cache entry for the whole process: two callers fetching the same URL at once (an extraction and a
    /// preview count in the web host) would otherwise write the same <c>.part</c> file and rename it from under each other.
    /// The second caller waits, then revalidates the first one's copy (304).
    /// </summary>
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> EntryGates = new(StringComparer.Ordinal);

    private readonly string _folder;
    private readonly HttpClient _http;
    private readonly TimeProvider _time;

    public DownloadCache(string folder, HttpClient http, TimeProvider time)
    {
        _folder = folder;
        _http = http;
        _time = time;
    }

    /// <summary>Returns a local copy of <paramref name="source"/>: a URL, a <c>file://</c> URI or a local path.</summary>
    public async Task<DownloadedFile> FetchAsync(string source, IProgress<DownloadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (!Uri.TryCreate(source, UriKind.Absolute, out var uri) || uri.IsFile)
        {
            var path = uri?.IsFile == true ? uri.LocalPath : source;
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"Fichier introuvable : {path}", path);
            }

            var info = new FileInfo(path);
            return new DownloadedFile(Path.GetFullPath(path), source, _time.GetUtcNow(), DownloadOrigin.LocalFile, null, info.LastWriteTimeUtc, info.Length);
        }

        if (uri.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException($"Adresse non prise en charge : {source} (attendu : http, https ou un chemin de fichier).");
        }

        Directory.CreateDirectory(_folder);
        var key = CacheKey(uri);
        var dataPath = Path.Combine(_folder, key);
        var partPath = dataPath + ".part";
        var metaPath = dataPath + ".json";
        var gate = EntryGates.GetOrAdd(Path.GetFullPath(dataPath), _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var meta = ReadMetadata(metaPath);
            var cached = meta is not null && File.Exists(dataPath) ? meta : null;
            try
            {
                return await DownloadAsync(uri, dataPath, partPath, metaPath, cached, progress, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or IOException && !cancellationToken.IsCancellationRequested)
            {
                if (cached is not null)
                {
                    return new DownloadedFile(dataPath, source, cached.RetrievedAt, DownloadOrigin.StaleCache, cached.ETag, cached.LastModified, cached.Length);
                }

                throw new SourceUnreachableException($"Source injoignable : {source} ({exception.Message}). Aucune copie en cache.", exception);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<DownloadedFile> DownloadAsync(
        Uri uri, string dataPath, string partPath, string metaPath, CacheEntryMetadata? cached,
        IProgress<DownloadProgress>? progress, CancellationToken cancellationToken)
    {
        var partial = File.Exists(partPath) ? new FileInfo(partPath).Length : 0;
        var partialMeta = ReadMetadata(partPath + ".json");
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        if (partial > 0 && partialMeta is not null && (partialMeta.ETag is not null || partialMeta.LastModified is not null))
        {
            request.Headers.Range = new RangeHeaderValue(partial, null);
            request.Headers.IfRange = partialMeta.ETag is not null
                ? new RangeConditionHeaderValue(EntityTagHeaderValue.Parse(partialMeta.ETag))
                : new RangeConditionHeaderValue(partialMeta.LastModified!.Value);
        }
        else if (cached is not null)
        {
            if (cached.ETag is not null)
            {
                request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(cached.ETag));
            }

            if (cached.LastModified is not null)
            {
                request.Headers.IfModifiedSince = cached.LastModified;
            }
        }

        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        var now = _time.GetUtcNow();
        if (response.StatusCode == HttpStatusCode.NotModified && cached is not null)
        {
            cached.RetrievedAt = now;
            WriteMetadata(metaPath, cached);
            return new DownloadedFile(dataPath, uri.ToString(), now, DownloadOrigin.NotModified, cached.ETag, cached.LastModified, cached.Length);
        }

        if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Gone or HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized)
        {
            throw new SourceUnreachableException($"La source a répondu {(int)response.StatusCode} ({response.ReasonPhrase}) : {uri}");
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"réponse {(int)response.StatusCode} {response.ReasonPhrase}");
        }

        var resuming = response.StatusCode == HttpStatusCode.PartialContent && partial > 0;
        var etag = response.Headers.ETag?.ToString();
        var lastModified = response.Content.Headers.LastModified;
        var total = response.Content.Headers.ContentLength is { } length ? length + (resuming ? partial : 0) : (long?)null;
        // Remember validators first, so an interrupted transfer can resume against the same version.
        WriteMetadata(partPath + ".json", new CacheEntryMetadata { Url = uri.ToString(), ETag = etag, LastModified = lastModified, RetrievedAt = now });

        await using (var output = new FileStream(partPath, resuming ? FileMode.Append : FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
        await using (var input = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false))
        {
            var buffer = new byte[1 << 16];
            var received = resuming ? partial : 0;
            int read;
            while ((read = await input.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                received += read;
                progress?.Report(new DownloadProgress(received, total));
            }

            if (total is not null && received != total)
            {
                throw new IOException($"transfert interrompu : {received} octets reçus sur {total}");
            }
        }

        File.Move(partPath, dataPath, overwrite: true);
        File.Delete(partPath + ".json");
        var entry = new CacheEntryMetadata { Url = uri.ToString(), ETag = etag, LastModified = lastModified, RetrievedAt = now, Length = new FileInfo(dataPath).Length };
        WriteMetadata(metaPath, entry);
        return new DownloadedFile(dataPath, uri.ToString(), now, DownloadOrigin.Network, etag, lastModified, entry.Length);
    }

    private static string CacheKey(Uri uri)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(uri.AbsoluteUri)))[..16];
        var name = Path.GetFileName(uri.LocalPath);
        var safe = new string([.. name.Where(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_')]);
        return string.IsNullOrEmpty(safe) ? hash : $"{hash}-{safe}";
    }

    private static CacheEntryMetadata? ReadMetadata(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<CacheEntryMetadata>(File.ReadAllText(path));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void WriteMetadata(string path, CacheEntryMetadata metadata)
    {
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(metadata));
        File.Move(temporary, path, overwrite: true);
    }
}
