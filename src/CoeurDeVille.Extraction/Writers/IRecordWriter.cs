using CoeurDeVille.Extraction.Records;

namespace CoeurDeVille.Extraction.Writers;

/// <summary>
/// Writes records to one output file. Nothing appears under the final name until <see cref="Complete"/>:
/// disposing an uncompleted writer deletes its temporary file, so a failed run leaves nothing half-written.
/// </summary>
public interface IRecordWriter : IDisposable
{
    long RowsWritten { get; }

    void Write(SourceRecord record);

    /// <summary>Flushes, closes and renames the temporary file to its final name.</summary>
    void Complete();
}
