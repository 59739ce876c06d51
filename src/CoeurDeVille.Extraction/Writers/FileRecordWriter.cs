using CoeurDeVille.Extraction.Records;

namespace CoeurDeVille.Extraction.Writers;

/// <summary>
/// Common life cycle of the writers: checks records against the schema, counts rows, and ties the output
/// to an <see cref="AtomicFile"/> so that only a completed writer leaves a file under the final name.
/// Only this assembly derives from it (private protected members).
/// </summary>
public abstract class FileRecordWriter : IRecordWriter
{
    private readonly AtomicFile _file;
    private bool _completed;
    private bool _disposed;

    private protected FileRecordWriter(WriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        _file = new AtomicFile(options.FinalPath);
    }

    public long RowsWritten { get; private set; }

    private protected WriterOptions Options { get; }

    private protected SourceSchema Schema => Options.Schema;

    private protected string TemporaryPath => _file.TemporaryPath;

    public void Write(SourceRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_completed)
        {
            throw new InvalidOperationException("Le fichier est déjà terminé : aucune ligne ne peut plus y être ajoutée.");
        }

        if (record.Values.Length != Schema.Columns.Count)
        {
            throw new ArgumentException(
                $"Ligne {record.Line} : {record.Values.Length} valeurs reçues alors que le schéma compte {Schema.Columns.Count} colonnes.",
                nameof(record));
        }

        WriteCore(record);
        RowsWritten++;
    }

    public void Complete()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_completed)
        {
            throw new InvalidOperationException("Le fichier est déjà terminé.");
        }

        Finish();
        Close();
        _file.Commit();
        _completed = true;
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        try
        {
            Close();
        }
        finally
        {
            _file.Dispose();
        }
    }

    /// <summary>Writes one record already checked against the schema.</summary>
    private protected abstract void WriteCore(SourceRecord record);

    /// <summary>Writes what can only be known at the end (footers, bounding boxes) while the output is still open.</summary>
    private protected abstract void Finish();

    /// <summary>Releases every handle on the temporary file; called once on completion and again on dispose.</summary>
    private protected abstract void Close();
}
