namespace CoeurDeVille.Core.Photos;

/// <summary>A file that cannot be published as a photo; the message (French) says why and what is expected.</summary>
public sealed class PhotoRejectedException : Exception
{
    public PhotoRejectedException()
    {
    }

    public PhotoRejectedException(string message)
        : base(message)
    {
    }

    public PhotoRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
