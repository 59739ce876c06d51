using CoeurDeVille.Storage.Trees.Community;

namespace CoeurDeVille.Modules.Trees.Community;

/// <summary>
/// The life of a report: nouveau → en cours → traité | rejeté; a new report may also be closed at once. Closed reports
/// stay closed (a new problem is a new report). Every move carries a public answer when it closes the report, so the
/// reporter learns why (the first complaint of 311 users is a report closed without a word).
/// </summary>
public static class ReportWorkflow
{
    public static readonly IReadOnlyDictionary<string, TreeReportStatus> Codes = new Dictionary<string, TreeReportStatus>
    {
        ["nouveau"] = TreeReportStatus.New,
        ["en-cours"] = TreeReportStatus.InProgress,
        ["traite"] = TreeReportStatus.Done,
        ["rejete"] = TreeReportStatus.Rejected,
    };

    public static string CodeOf(TreeReportStatus status) => Codes.First(p => p.Value == status).Key;

    public static string LabelOf(TreeReportStatus status) => status switch
    {
        TreeReportStatus.New => "Nouveau",
        TreeReportStatus.InProgress => "En cours",
        TreeReportStatus.Done => "Traité",
        _ => "Rejeté",
    };

    public static bool IsOpen(TreeReportStatus status) => status is TreeReportStatus.New or TreeReportStatus.InProgress;

    /// <summary>The states a report may move to from <paramref name="from"/>.</summary>
    public static IReadOnlyList<TreeReportStatus> NextOf(TreeReportStatus from) => from switch
    {
        TreeReportStatus.New => [TreeReportStatus.InProgress, TreeReportStatus.Done, TreeReportStatus.Rejected],
        TreeReportStatus.InProgress => [TreeReportStatus.Done, TreeReportStatus.Rejected],
        _ => [],
    };

    /// <summary>Null when the move is allowed, else why not (French).</summary>
    public static string? Refusal(TreeReportStatus from, TreeReportStatus to, string? answer)
    {
        if (!NextOf(from).Contains(to))
        {
            return $"Un signalement « {LabelOf(from).ToLowerInvariant()} » ne peut pas passer à « {LabelOf(to).ToLowerInvariant()} ».";
        }

        return !IsOpen(to) && string.IsNullOrWhiteSpace(answer)
            ? "Une réponse publique est demandée pour clore un signalement : le signaleur saura ce qui a été fait, ou pourquoi rien ne le sera."
            : null;
    }
}
