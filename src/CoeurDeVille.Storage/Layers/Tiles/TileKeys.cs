namespace CoeurDeVille.Storage.Layers.Tiles;

/// <summary>
/// (key, feature id) pairs of a point layer gathered while it streams in (16 bytes a point), sorted once at the end;
/// dropped as soon as a feature is not a point (lines and polygons are tiled from memory).
/// </summary>
internal sealed class TileKeys
{
    private long[] _codes = new long[1024];
    private long[] _ids = new long[1024];

    public int Count { get; private set; }

    public bool Abandoned { get; private set; }

    public long[] Codes => _codes;

    public long[] Ids => _ids;

    public void Add(long id, double longitude, double latitude)
    {
        if (Abandoned)
        {
            return;
        }

        if (Count == _codes.Length)
        {
            Array.Resize(ref _codes, Count * 2);
            Array.Resize(ref _ids, Count * 2);
        }

        _codes[Count] = MortonCode.Of(longitude, latitude);
        _ids[Count] = id;
        Count++;
    }

    public void Abandon()
    {
        Abandoned = true;
        _codes = [];
        _ids = [];
        Count = 0;
    }

    /// <summary>Sorts by key, then id among equal keys (the order of the database index).</summary>
    public void Sort()
    {
        Array.Sort(_codes, _ids, 0, Count);
        for (var start = 0; start < Count;)
        {
            var end = start + 1;
            while (end < Count && _codes[end] == _codes[start])
            {
                end++;
            }

            if (end - start > 1)
            {
                Array.Sort(_ids, start, end - start);
            }

            start = end;
        }
    }
}
