namespace CoeurDeVille.Extraction.Csv;

/// <summary>Receives, in file order and on one thread, the header and the records that a scan keeps.</summary>
public interface IKeptLineSink
{
    void Header(ReadOnlySpan<byte> header);

    /// <param name="line">1-based physical line where the record starts.</param>
    /// <param name="remapped">The record's code was a former commune or an arrondissement, mapped to today's commune.</param>
    void Line(ReadOnlySpan<byte> record, long line, ReadOnlySpan<int> perimeters, bool remapped);
}
