namespace CoeurDeVille.Core.Downloads;

/// <summary>A source could not be fetched and no cached copy exists (CLI exit code 2).</summary>
public sealed class SourceUnreachableException : Exception
{
    public SourceUnreachableException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }

    public SourceUnreachableException()
    {
    }

    public SourceUnreachableException(string message)
        : base(message)
    {
    }
}
