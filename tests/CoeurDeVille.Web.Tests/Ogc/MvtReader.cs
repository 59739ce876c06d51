using System.Text;

namespace CoeurDeVille.Web.Tests.Ogc;

/// <summary>
/// A test-side decoder of Mapbox Vector Tiles (spec 2.1), written from the specification independently of the
/// server's encoder: layers, features (id, type, tags), geometry commands decoded to absolute tile positions.
/// </summary>
public static class MvtReader
{
    public sealed record Feature(ulong Id, int Type, IReadOnlyList<IReadOnlyList<(int X, int Y)>> Parts, IReadOnlyDictionary<string, object> Properties);

    public sealed record Layer(string Name, int Version, int Extent, IReadOnlyList<Feature> Features);

    public static IReadOnlyList<Layer> Read(byte[] tile)
    {
        var layers = new List<Layer>();
        var position = 0;
        while (position < tile.Length)
        {
            var (field, wire) = Key(tile, ref position);
            var bytes = wire == 2 ? Bytes(tile, ref position) : throw new InvalidDataException($"champ {field} inattendu");
            if (field == 3)
            {
                layers.Add(ReadLayer(bytes));
            }
        }

        return layers;
    }

    private static Layer ReadLayer(byte[] data)
    {
        string name = "";
        int version = 1, extent = 4096;
        var keys = new List<string>();
        var values = new List<object>();
        var raw = new List<byte[]>();
        var position = 0;
        while (position < data.Length)
        {
            var (field, wire) = Key(data, ref position);
            switch (field, wire)
            {
                case (1, 2): name = Encoding.UTF8.GetString(Bytes(data, ref position)); break;
                case (2, 2): raw.Add(Bytes(data, ref position)); break;
                case (3, 2): keys.Add(Encoding.UTF8.GetString(Bytes(data, ref position))); break;
                case (4, 2): values.Add(ReadValue(Bytes(data, ref position))); break;
                case (5, 0): extent = (int)Varint(data, ref position); break;
                case (15, 0): version = (int)Varint(data, ref position); break;
                default: throw new InvalidDataException($"champ de couche {field}/{wire} inattendu");
            }
        }

        return new Layer(name, version, extent, raw.Select(f => ReadFeature(f, keys, values)).ToList());
    }

    private static object ReadValue(byte[] data)
    {
        var position = 0;
        var (field, _) = Key(data, ref position);
        return field switch
        {
            1 => Encoding.UTF8.GetString(Bytes(data, ref position)),
            3 => BitConverter.ToDouble(data, position),
            4 => (long)Varint(data, ref position),
            7 => Varint(data, ref position) != 0,
            _ => throw new InvalidDataException($"valeur {field} inattendue"),
        };
    }

    private static Feature ReadFeature(byte[] data, List<string> keys, List<object> values)
    {
        ulong id = 0;
        var type = 0;
        var tags = new List<uint>();
        var geometry = new List<uint>();
        var position = 0;
        while (position < data.Length)
        {
            var (field, _) = Key(data, ref position);
            switch (field)
            {
                case 1: id = Varint(data, ref position); break;
                case 2: tags.AddRange(Packed(Bytes(data, ref position))); break;
                case 3: type = (int)Varint(data, ref position); break;
                case 4: geometry.AddRange(Packed(Bytes(data, ref position))); break;
                default: throw new InvalidDataException($"champ d'objet {field} inattendu");
            }
        }

        var properties = new Dictionary<string, object>();
        for (var i = 0; i + 1 < tags.Count; i += 2)
        {
            properties[keys[(int)tags[i]]] = values[(int)tags[i + 1]];
        }

        var parts = new List<IReadOnlyList<(int, int)>>();
        List<(int, int)>? current = null;
        int x = 0, y = 0, k = 0;
        while (k < geometry.Count)
        {
            var command = geometry[k++];
            var (commandId, count) = ((int)(command & 7), (int)(command >> 3));
            if (commandId == 7)
            {
                continue;
            }

            for (var c = 0; c < count; c++)
            {
                x += Unzig(geometry[k++]);
                y += Unzig(geometry[k++]);
                if (commandId == 1 && (type != 1 || current is null))
                {
                    current = [];
                    parts.Add(current);
                }

                current!.Add((x, y));
            }
        }

        return new Feature(id, type, parts, properties);
    }

    private static int Unzig(uint value) => (int)(value >> 1) ^ -(int)(value & 1);

    private static IEnumerable<uint> Packed(byte[] data)
    {
        var position = 0;
        var result = new List<uint>();
        while (position < data.Length)
        {
            result.Add((uint)Varint(data, ref position));
        }

        return result;
    }

    private static (int Field, int Wire) Key(byte[] data, ref int position)
    {
        var key = Varint(data, ref position);
        return ((int)(key >> 3), (int)(key & 7));
    }

    private static byte[] Bytes(byte[] data, ref int position)
    {
        var length = (int)Varint(data, ref position);
        var bytes = data.AsSpan(position, length).ToArray();
        position += length;
        return bytes;
    }

    private static ulong Varint(byte[] data, ref int position)
    {
        ulong value = 0;
        var shift = 0;
        byte b;
        do
        {
            b = data[position++];
            value |= (ulong)(b & 0x7F) << shift;
            shift += 7;
        }
        while ((b & 0x80) != 0);
        return value;
    }
}
