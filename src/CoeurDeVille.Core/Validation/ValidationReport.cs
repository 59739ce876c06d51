namespace CoeurDeVille.Core.Validation;

/// <summary>The result of validating one table: errors, counts by type, warnings and the custom checks left unchecked.</summary>
public sealed record ValidationReport
{
    public required string File { get; init; }

    public string? Schema { get; init; }

    public IReadOnlyList<string> Labels { get; init; } = [];

    /// <summary>Data rows read (header excluded).</summary>
    public int RowCount { get; init; }

    public IReadOnlyList<ValidationError> Errors { get; init; } = [];

    /// <summary>For example « limite de 3 erreurs atteinte ».</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Validata custom checks the schema declares, not run here: each is « non vérifié ».</summary>
    public IReadOnlyList<CustomCheck> UncheckedCustomChecks { get; init; } = [];

    public bool Valid => Errors.Count == 0;

    private readonly IReadOnlyDictionary<string, int>? _counts;

    /// <summary>Number of errors by type, in order of first appearance; set when the list is capped but counting went on.</summary>
    public IReadOnlyDictionary<string, int> Counts
    {
        get => _counts ?? Errors.GroupBy(e => e.Type).ToDictionary(g => g.Key, g => g.Count());
        init => _counts = value;
    }

    /// <summary>Errors found, including those beyond a capped list.</summary>
    public int ErrorCount => _counts?.Values.Sum() ?? Errors.Count;

    public string ToJson() => ValidationReportWriter.ToJson(this);

    public string ToText() => ValidationReportWriter.ToText(this);
}
