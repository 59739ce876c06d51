namespace CoeurDeVille.Storage.HostedTerritories;

/// <summary>A hosting request refused as a whole (French message); nothing was created.</summary>
public sealed class HostingException(string message, IReadOnlyList<string> offendingCodes) : Exception(message)
{
    /// <summary>The codes that caused the refusal (unknown, malformed…).</summary>
    public IReadOnlyList<string> OffendingCodes { get; } = offendingCodes;
}
