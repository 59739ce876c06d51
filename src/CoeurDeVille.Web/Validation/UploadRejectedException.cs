namespace CoeurDeVille.Web.Validation;

/// <summary>An upload refused before validation (too large, not a table), with the HTTP status and a French message.</summary>
public sealed class UploadRejectedException(int statusCode, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;
}
