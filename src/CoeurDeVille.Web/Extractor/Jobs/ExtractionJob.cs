using CoeurDeVille.Web.Extractor.Territories;

namespace CoeurDeVille.Web.Extractor.Jobs;

/// <summary>
/// One background extraction: what was asked, where it stands, how far it has read, its messages and, once done,
/// its files under <c>extraits/{Id}/</c>. Updated by the worker thread, read by requests: members are thread-safe.
/// </summary>
public sealed class ExtractionJob
{
    private readonly Lock _lock = new();
    private readonly List<string> _messages = [];
    private ExtractionJobState _state = ExtractionJobState.Pending;
    private IReadOnlyList<ExtractionJobFile> _files = [];

    public ExtractionJob(string id, string sourceId, TerritoryReference territory, ExtractionFormatChoice format, DateTimeOffset createdAt)
    {
        Id = id;
        SourceId = sourceId;
        Territory = territory;
        Format = format;
        CreatedAt = createdAt;
    }

    public string Id { get; }

    public string SourceId { get; }

    public TerritoryReference Territory { get; }

    public ExtractionFormatChoice Format { get; }

    public DateTimeOffset CreatedAt { get; }

    public DateTimeOffset? FinishedAt { get; private set; }

    public ExtractionJobState State
    {
        get { lock (_lock) { return _state; } }
    }

    public string StateLabel => State switch
    {
        ExtractionJobState.Pending => "en attente",
        ExtractionJobState.Running => "en cours",
        ExtractionJobState.Succeeded => "terminé",
        _ => "échoué",
    };

    public long BytesRead => Interlocked.Read(ref _bytesRead);

    public long? BytesTotal { get; private set; }

    public long RowsKept { get; private set; }

    public long RowsRead { get; private set; }

    /// <summary>0–100 when the total is known.</summary>
    public int? Percent => BytesTotal is > 0 and var total ? (int)Math.Min(100, BytesRead * 100 / total) : State == ExtractionJobState.Succeeded ? 100 : null;

    public IReadOnlyList<string> Messages
    {
        get { lock (_lock) { return [.. _messages]; } }
    }

    public IReadOnlyList<ExtractionJobFile> Files
    {
        get { lock (_lock) { return _files; } }
    }

    private long _bytesRead;

    public void Start(DateTimeOffset at)
    {
        lock (_lock)
        {
            _state = ExtractionJobState.Running;
            _messages.Add($"Démarrée le {at:dd/MM/yyyy à HH:mm:ss} (UTC).");
        }
    }

    public void Report(long bytes, long? total)
    {
        Interlocked.Exchange(ref _bytesRead, bytes);
        if (total is not null)
        {
            BytesTotal = total;
        }
    }

    public void AddMessage(string message)
    {
        lock (_lock)
        {
            _messages.Add(message);
        }
    }

    public void Succeed(DateTimeOffset at, long rowsRead, long rowsKept, IReadOnlyList<ExtractionJobFile> files)
    {
        lock (_lock)
        {
            RowsRead = rowsRead;
            RowsKept = rowsKept;
            _files = files;
            FinishedAt = at;
            _state = ExtractionJobState.Succeeded;
            _messages.Add($"Terminée : {FrenchNumber.Format(rowsKept)} lignes gardées sur {FrenchNumber.Format(rowsRead)} lues.");
        }
    }

    public void Fail(DateTimeOffset at, string reason)
    {
        lock (_lock)
        {
            FinishedAt = at;
            _state = ExtractionJobState.Failed;
            _messages.Add(reason);
        }
    }
}
