using System.Buffers;
using System.Text;

namespace CoeurDeVille.Web.Ogc.Tiles;

/// <summary>
/// The few protocol-buffer encodings MVT needs (developers.google.com/protocol-buffers/docs/encoding): varints,
/// zigzag, length-delimited fields. Nested messages are written to their own writer, then copied with their length.
/// </summary>
internal sealed class ProtobufWriter
{
    private readonly ArrayBufferWriter<byte> _buffer = new(256);

    public ReadOnlySpan<byte> WrittenSpan => _buffer.WrittenSpan;

    public int Length => _buffer.WrittenCount;

    public void Clear() => _buffer.Clear();

    public void Varint(ulong value)
    {
        var span = _buffer.GetSpan(10);
        var i = 0;
        while (value >= 0x80)
        {
            span[i++] = (byte)(value | 0x80);
            value >>= 7;
        }

        span[i++] = (byte)value;
        _buffer.Advance(i);
    }

    public static uint ZigZag(int value) => (uint)((value << 1) ^ (value >> 31));

    public void Tag(int field, int wireType) => Varint((ulong)((field << 3) | wireType));

    public void VarintField(int field, ulong value)
    {
        Tag(field, 0);
        Varint(value);
    }

    public void DoubleField(int field, double value)
    {
        Tag(field, 1);
        var span = _buffer.GetSpan(8);
        BitConverter.TryWriteBytes(span, value);
        _buffer.Advance(8);
    }

    public void BytesField(int field, ReadOnlySpan<byte> bytes)
    {
        Tag(field, 2);
        Varint((ulong)bytes.Length);
        _buffer.Write(bytes);
    }

    public void StringField(int field, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        BytesField(field, bytes);
    }

    /// <summary>A packed repeated uint32 field.</summary>
    public void PackedField(int field, List<uint> values)
    {
        var length = 0;
        foreach (var value in values)
        {
            length += SizeOf(value);
        }

        Tag(field, 2);
        Varint((ulong)length);
        foreach (var value in values)
        {
            Varint(value);
        }
    }

    private static int SizeOf(uint value)
    {
        var size = 1;
        while (value >= 0x80)
        {
            value >>= 7;
            size++;
        }

        return size;
    }
}
