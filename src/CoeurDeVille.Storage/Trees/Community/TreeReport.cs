namespace CoeurDeVille.Storage.Trees.Community;

/// <summary>
/// A problem reported on a tree by a contributor (table <c>tree_reports</c>). The reporter is kept by account id and
/// pseudonym only; once the account is erased both are cleared and the report stays as an anonymous fact.
/// </summary>
public sealed class TreeReport
{
    public long Id { get; set; }

    public required string TerritoryCode { get; set; }

    public long TreeId { get; set; }

    /// <summary>Code of the category (see the module's <c>ReportCategories</c>).</summary>
    public required string Category { get; set; }

    public string? Comment { get; set; }

    public TreeReportStatus Status { get; set; }

    public string? ReporterUserId { get; set; }

    /// <summary>The pseudonym shown in public; null once the account is erased.</summary>
    public string? ReporterName { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The public answer of the agent or expert who moved the report last.</summary>
    public string? Answer { get; set; }

    public string? HandlerName { get; set; }
}
