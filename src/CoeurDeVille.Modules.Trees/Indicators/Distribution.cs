namespace CoeurDeVille.Modules.Trees.Indicators;

/// <summary>
/// Standing trees counted by class (diameter, height, age, stage, health…). Shares are over <see cref="Total"/>, all
/// standing trees, so the classes plus <see cref="UnknownCount"/> add up to 100 %.
/// </summary>
public sealed record Distribution
{
    public required string Title { get; init; }

    public required string Method { get; init; }

    public required string Source { get; init; }

    public required IReadOnlyList<ClassCount> Classes { get; init; }

    /// <summary>Standing trees the field says nothing about.</summary>
    public int UnknownCount { get; init; }

    /// <summary>How to call them: « non renseigné » (field empty), « non classé » (taxon absent from a table).</summary>
    public string UnknownLabel { get; init; } = "non renseigné";

    public int Total { get; init; }

    /// <summary>What a reader must know before trusting the classes (a default value of the source, class centres…).</summary>
    public IReadOnlyList<string> Caveats { get; init; } = [];

    internal static Distribution Build(string title, string method, string source, IEnumerable<string?> labels, IReadOnlyList<string>? order, int total, IReadOnlyList<string>? caveats = null)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var unknown = 0;
        foreach (var label in labels)
        {
            if (label is null)
            {
                unknown++;
            }
            else
            {
                counts[label] = counts.GetValueOrDefault(label) + 1;
            }
        }

        IEnumerable<string> keys = order is null
            ? counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key)
            : order.Where(counts.ContainsKey).Concat(counts.Keys.Where(k => !order.Contains(k)).Order(StringComparer.Ordinal));
        return new Distribution
        {
            Title = title,
            Method = method,
            Source = source,
            Classes = [.. keys.Select(k => new ClassCount(k, counts[k], total == 0 ? 0 : (double)counts[k] / total))],
            UnknownCount = unknown,
            Total = total,
            Caveats = caveats ?? [],
        };
    }
}
