namespace CoeurDeVille.Extraction.Records;

/// <summary>
/// A streaming reader over one source file or API. Records are produced one at a time: memory stays flat
/// whatever the input size. Malformed input throws <see cref="SourceFormatException"/> with the location.
/// </summary>
public interface IRecordSource : IDisposable
{
    SourceSchema Schema { get; }

    /// <summary>Bytes consumed so far, for progress bars.</summary>
    long Position { get; }

    /// <summary>Total bytes when known.</summary>
    long? Length { get; }

    IEnumerable<SourceRecord> ReadAll(CancellationToken cancellationToken = default);
}
