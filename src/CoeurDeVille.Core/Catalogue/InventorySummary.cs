using System.Globalization;

namespace CoeurDeVille.Core.Catalogue;

/// <summary>
/// The inventory dashboard's figures. Shares are of <see cref="Total"/>, except in <see cref="BlockersByReason"/>
/// where they are of <see cref="Blocked"/>. Enumerations list every value (zero included) in their order, then
/// « Non renseigné » when some datasets lack it; themes and reasons come by decreasing count, then by name.
/// </summary>
public sealed record InventorySummary(
    int Total,
    int Blocked,
    IReadOnlyList<SummaryCount> ByOpennessStatus,
    IReadOnlyList<SummaryCount> ByProducerType,
    IReadOnlyList<SummaryCount> ByTheme,
    IReadOnlyList<SummaryCount> BlockersByReason)
{
    /// <summary>Label of blocked datasets without a reason.</summary>
    public const string ReasonNotGiven = "Motif non précisé";

    /// <summary>Datasets that are neither open nor candidates: every status from « non accessible » on.</summary>
    public static bool IsBlocked(OpennessStatus? status) =>
        status is OpennessStatus.NotAccessibleWithoutValidReason or OpennessStatus.NotAccessibleProtected or OpennessStatus.Other;

    private static readonly StringComparer FrenchOrder = StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), ignoreCase: false);

    public static InventorySummary Of(IReadOnlyList<Dataset> datasets)
    {
        var total = datasets.Count;
        var blocked = datasets.Where(d => IsBlocked(d.OpennessStatus)).ToList();
        return new InventorySummary(
            total,
            blocked.Count,
            ByEnum(datasets, d => d.OpennessStatus, s => s.Label()),
            ByEnum(datasets, d => d.ProducerType, t => t.Label()),
            ByText(datasets, d => d.Theme, CatalogueLabels.NotSet, total),
            ByText(blocked, d => d.BlockerReason, ReasonNotGiven, blocked.Count));
    }

    private static List<SummaryCount> ByEnum<T>(IReadOnlyList<Dataset> datasets, Func<Dataset, T?> key, Func<T, string> label)
        where T : struct, Enum
    {
        var result = Enum.GetValues<T>()
            .Select(v => Count(label(v), datasets.Count(d => EqualityComparer<T?>.Default.Equals(key(d), v)), datasets.Count))
            .ToList();
        var unset = datasets.Count(d => key(d) is null);
        if (unset > 0)
        {
            result.Add(Count(CatalogueLabels.NotSet, unset, datasets.Count));
        }

        return result;
    }

    private static List<SummaryCount> ByText(IReadOnlyList<Dataset> datasets, Func<Dataset, string?> key, string unset, int total) =>
        datasets
            .GroupBy(d => string.IsNullOrWhiteSpace(key(d)) ? unset : key(d)!.Trim(), StringComparer.InvariantCultureIgnoreCase)
            .Select(g => Count(g.Key, g.Count(), total))
            .OrderByDescending(c => c.Count)
            .ThenBy(c => c.Label, FrenchOrder)
            .ToList();

    private static SummaryCount Count(string label, int count, int total) => new(label, count, total == 0 ? 0 : (double)count / total);
}
