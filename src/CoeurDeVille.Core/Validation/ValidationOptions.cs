using System.Text;

namespace CoeurDeVille.Core.Validation;

/// <summary>How to read and validate a file.</summary>
public sealed record ValidationOptions
{
    /// <summary>Stop after this many errors (frictionless <c>limit_errors</c>); null = no limit.</summary>
    public int? LimitErrors { get; init; }

    /// <summary>Forces the encoding instead of detecting it (CSV only).</summary>
    public Encoding? Encoding { get; init; }

    /// <summary>Forces the separator instead of detecting it (CSV only).</summary>
    public char? Separator { get; init; }
}
