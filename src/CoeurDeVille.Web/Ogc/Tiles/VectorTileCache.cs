using Microsoft.Extensions.Caching.Memory;

namespace CoeurDeVille.Web.Ogc.Tiles;

/// <summary>Encoded tiles by (layer id, version, z, x, y), bounded to <see cref="SizeLimitBytes"/> of tile bytes.</summary>
public sealed class VectorTileCache : IDisposable
{
    public const long SizeLimitBytes = 128L * 1024 * 1024;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = SizeLimitBytes });

    public bool TryGet(long layer, long version, WebMercatorTile tile, out byte[] bytes) =>
        _cache.TryGetValue((layer, version, tile), out bytes!);

    public void Set(long layer, long version, WebMercatorTile tile, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        _cache.Set((layer, version, tile), bytes, new MemoryCacheEntryOptions { Size = bytes.Length + 64 });
    }

    public void Dispose() => _cache.Dispose();
}
