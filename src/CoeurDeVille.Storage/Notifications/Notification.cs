namespace CoeurDeVille.Storage.Notifications;

/// <summary>An in-app notification of an account (table <c>notifications</c>), deleted with the account.</summary>
public sealed class Notification
{
    public long Id { get; set; }

    public required string UserId { get; set; }

    public required string TerritoryCode { get; set; }

    public required string Title { get; set; }

    public required string Body { get; set; }

    /// <summary>Site-relative address of what the notification is about.</summary>
    public string? Link { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ReadAt { get; set; }
}
