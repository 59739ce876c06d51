namespace CoeurDeVille.Storage.Notifications;

/// <summary>What a feature tells a person: French title and text, and a site-relative link to the thing concerned.</summary>
public sealed record NotificationMessage(string UserId, string TerritoryCode, string Title, string Body, string? Link);
