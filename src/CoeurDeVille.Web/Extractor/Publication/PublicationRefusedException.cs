namespace CoeurDeVille.Web.Extractor.Publication;

/// <summary>Publication refused (rights, unknown territory): the French message says why; nothing was published.</summary>
public sealed class PublicationRefusedException(string message, bool forbidden) : Exception(message)
{
    /// <summary>True when the user lacks the right (HTTP 403), false for bad input (HTTP 400).</summary>
    public bool Forbidden { get; } = forbidden;
}
