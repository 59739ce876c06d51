namespace CoeurDeVille.Web.Extractor;

/// <summary>Rows of a source that a perimeter would keep, or why it could not be counted.</summary>
public sealed record PreviewCount(long? Rows, string? Error)
{
    /// <summary>Still being computed in the background.</summary>
    public static PreviewCount Pending { get; } = new(null, null);

    public bool IsPending => Rows is null && Error is null;
}
