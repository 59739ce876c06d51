using System.Buffers.Binary;

namespace CoeurDeVille.Extraction.Filters;

/// <summary>Packs a short ASCII code (up to 16 bytes: INSEE code, SIREN) into one 128-bit integer for hashing.</summary>
internal static class CodeKey
{
    public const int MaxLength = 16;

    public static bool TryPack(ReadOnlySpan<byte> code, out UInt128 key)
    {
        if (code.Length is 0 or > MaxLength)
        {
            key = default;
            return false;
        }

        Span<byte> buffer = stackalloc byte[MaxLength];
        buffer.Clear();
        code.CopyTo(buffer);
        key = new UInt128(BinaryPrimitives.ReadUInt64LittleEndian(buffer[8..]), BinaryPrimitives.ReadUInt64LittleEndian(buffer));
        return true;
    }

    public static UInt128 Pack(string code)
    {
        Span<byte> bytes = stackalloc byte[MaxLength];
        var length = System.Text.Encoding.ASCII.GetBytes(code, bytes);
        return TryPack(bytes[..length], out var key) ? key : throw new ArgumentException($"Code trop long : {code}");
    }
}
