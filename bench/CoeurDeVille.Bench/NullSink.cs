using CoeurDeVille.Extraction.Csv;

namespace CoeurDeVille.Bench;

/// <summary>Discards kept lines.</summary>
internal sealed class NullSink : IKeptLineSink
{
    public void Header(ReadOnlySpan<byte> header)
    {
    }

    public void Line(ReadOnlySpan<byte> record, long line, ReadOnlySpan<int> perimeters, bool remapped)
    {
    }
}
