namespace CoeurDeVille.Extraction.Csv;

/// <summary>
/// Decides, from the raw bytes of one CSV record, which perimeters keep it. Called concurrently from
/// several threads: implementations must be thread-safe and must not allocate per call.
/// </summary>
public interface ILineClassifier
{
    /// <param name="record">One record without its line terminator.</param>
    /// <param name="hasQuotes">Whether the record contains a quote (fields need quote-aware splitting).</param>
    /// <param name="hits">Receives the indices of the perimeters that keep the record.</param>
    LineVerdict Classify(ReadOnlySpan<byte> record, bool hasQuotes, List<int> hits);

    /// <summary>A short description of a rejected or unknown record's problem, for the report (may allocate).</summary>
    string Describe(ReadOnlySpan<byte> record, bool hasQuotes, LineVerdict verdict);
}
