namespace CoeurDeVille.Web.Ogc.Tiles;

/// <summary>
/// Encodes one layer of a Mapbox Vector Tile, specification 2.1 (github.com/mapbox/vector-tile-spec/tree/master/2.1):
/// Tile.layers = 3; Layer: name = 1, features = 2, keys = 3, values = 4, extent = 5, version = 15;
/// Feature: id = 1, tags = 2 (packed), type = 3, geometry = 4 (packed command integers, zigzag parameters).
/// </summary>
public sealed class MvtLayerEncoder(string name, int extent = MvtLayerEncoder.DefaultExtent)
{
    public const int DefaultExtent = 4096;

    private readonly ProtobufWriter _features = new();
    private readonly ProtobufWriter _feature = new();
    private readonly Dictionary<string, uint> _keys = new(StringComparer.Ordinal);
    private readonly Dictionary<object, uint> _values = [];
    private readonly List<uint> _tags = [];

    public int Extent => extent;

    public int FeatureCount { get; private set; }

    /// <summary>Adds a feature; <paramref name="geometry"/> holds command integers (see <see cref="MvtGeometry"/>).</summary>
    /// <param name="type">1 point, 2 line string, 3 polygon.</param>
    public void Add(ulong id, int type, List<uint> geometry, IEnumerable<KeyValuePair<string, object?>>? properties = null)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        _tags.Clear();
        if (properties is not null)
        {
            foreach (var (key, value) in properties)
            {
                if (value is null)
                {
                    continue;
                }

                if (!_keys.TryGetValue(key, out var keyIndex))
                {
                    keyIndex = (uint)_keys.Count;
                    _keys.Add(key, keyIndex);
                }

                if (!_values.TryGetValue(value, out var valueIndex))
                {
                    valueIndex = (uint)_values.Count;
                    _values.Add(value, valueIndex);
                }

                _tags.Add(keyIndex);
                _tags.Add(valueIndex);
            }
        }

        _feature.Clear();
        _feature.VarintField(1, id);
        if (_tags.Count > 0)
        {
            _feature.PackedField(2, _tags);
        }

        _feature.VarintField(3, (ulong)type);
        _feature.PackedField(4, geometry);
        _features.BytesField(2, _feature.WrittenSpan);
        FeatureCount++;
    }

    /// <summary>The whole tile (one layer); empty when the layer has no feature.</summary>
    public byte[] ToTile()
    {
        if (FeatureCount == 0)
        {
            return [];
        }

        var tile = new ProtobufWriter();
        var content = new ProtobufWriter();
        content.VarintField(15, 2);
        content.StringField(1, name);
        var features = _features.WrittenSpan;
        var keys = new ProtobufWriter();
        foreach (var key in _keys.OrderBy(k => k.Value))
        {
            keys.StringField(3, key.Key);
        }

        var values = new ProtobufWriter();
        var value = new ProtobufWriter();
        foreach (var (item, _) in _values.OrderBy(v => v.Value))
        {
            value.Clear();
            switch (item)
            {
                case string text:
                    value.StringField(1, text);
                    break;
                case double number:
                    value.DoubleField(3, number);
                    break;
                case long integer:
                    value.VarintField(4, unchecked((ulong)integer));
                    break;
                case bool flag:
                    value.VarintField(7, flag ? 1UL : 0UL);
                    break;
                default:
                    value.StringField(1, item.ToString() ?? "");
                    break;
            }

            values.BytesField(4, value.WrittenSpan);
        }

        var extentField = new ProtobufWriter();
        extentField.VarintField(5, (ulong)extent);
        var all = new byte[content.Length + features.Length + keys.Length + values.Length + extentField.Length];
        var span = all.AsSpan();
        content.WrittenSpan.CopyTo(span);
        span = span[content.Length..];
        features.CopyTo(span);
        span = span[features.Length..];
        keys.WrittenSpan.CopyTo(span);
        span = span[keys.Length..];
        values.WrittenSpan.CopyTo(span);
        span = span[values.Length..];
        extentField.WrittenSpan.CopyTo(span);
        tile.BytesField(3, all);
        return tile.WrittenSpan.ToArray();
    }
}
