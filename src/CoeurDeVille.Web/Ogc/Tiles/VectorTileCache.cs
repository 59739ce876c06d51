using Microsoft.Extensions.Caching.Memory;

namespace CoeurDeVille.Web.Ogc.Tiles;

/// <summary>
/// Encoded tiles by (layer id, version, z, x, y), bounded in tile bytes (<c>Cdv:Tuiles:CacheMaxOctets</c>, default
/// <see cref="DefaultSizeLimitBytes"/>). A limit of 0 turns the cache off: the load bench measures encoding, not the cache.
/// </summary>
public sealed class VectorTileCache : IDisposable
{
    public const long DefaultSizeLimitBytes = 128L * 1024 * 1024;

    private readonly MemoryCache? _cache;

    public VectorTileCache(long sizeLimitBytes = DefaultSizeLimitBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sizeLimitBytes);
        _cache = sizeLimitBytes == 0 ? null : new MemoryCache(new MemoryCacheOptions { SizeLimit = sizeLimitBytes });
    }

    public bool TryGet(long layer, long version, WebMercatorTile tile, out byte[] bytes)
    {
        if (_cache is null)
        {
            bytes = [];
            return false;
        }

        return _cache.TryGetValue((layer, version, tile), out bytes!);
    }

    public void Set(long layer, long version, WebMercatorTile tile, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        _cache?.Set((layer, version, tile), bytes, new MemoryCacheEntryOptions { Size = bytes.Length + 64 });
    }

    public void Dispose() => _cache?.Dispose();
}
