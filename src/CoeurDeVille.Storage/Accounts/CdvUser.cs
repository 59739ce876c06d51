using Microsoft.AspNetCore.Identity;

namespace CoeurDeVille.Storage.Accounts;

/// <summary>
/// An account of the instance (ASP.NET Core Identity user, table <c>users</c>). What it may do on a territory comes
/// from its <see cref="TerritoryMembership"/> rows; the instance-wide roles are Identity roles (<see cref="CdvRoles"/>).
/// </summary>
public sealed class CdvUser : IdentityUser
{
    /// <summary>Name shown in pages and in the audit log.</summary>
    public string? DisplayName { get; set; }

    /// <summary>When the person accepted the personal-data notice (self-registered contributors); null for staff accounts.</summary>
    public DateTimeOffset? ConsentedAt { get; set; }

    /// <summary>Whether notifications are also sent by e-mail (opt-in, changeable on the account page).</summary>
    public bool EmailNotifications { get; set; }
}
