namespace CoeurDeVille.Storage.Trees.Community;

/// <summary>Where a report stands: new → in progress → done | rejected (stored as text).</summary>
public enum TreeReportStatus
{
    New,
    InProgress,
    Done,
    Rejected,
}
