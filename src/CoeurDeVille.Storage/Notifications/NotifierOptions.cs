namespace CoeurDeVille.Storage.Notifications;

/// <summary>
/// Public address of the portal (<c>Cdv:BaseUri</c>), to turn a notification's site-relative link into an address
/// that works in an e-mail; without it the e-mail carries the relative path.
/// </summary>
public sealed record NotifierOptions(Uri? BaseUri);
