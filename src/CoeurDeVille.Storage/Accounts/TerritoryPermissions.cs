using Microsoft.EntityFrameworkCore;

namespace CoeurDeVille.Storage.Accounts;

/// <summary>
/// Answers "may this account do that on this territory". Administrators may do everything on every hosted territory;
/// others get what their <see cref="TerritoryMembership"/> gives, on that territory only.
/// </summary>
public sealed class TerritoryPermissions(IDbContextFactory<CdvDbContext> contexts)
{
    public async Task<bool> IsInRoleAsync(string userId, string role, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var normalized = role.ToUpperInvariant();
        return await db.UserRoles.AnyAsync(
            ur => ur.UserId == userId && db.Roles.Any(r => r.Id == ur.RoleId && r.NormalizedName == normalized), cancellationToken);
    }

    /// <summary>The account's role on a territory, or null when it has none.</summary>
    public async Task<TerritoryRole?> RoleOnAsync(string userId, string territoryCode, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var membership = await db.TerritoryMemberships.AsNoTracking()
            .FirstOrDefaultAsync(m => m.UserId == userId && m.TerritoryCode == territoryCode, cancellationToken);
        return membership?.Role;
    }

    /// <summary>Whether the account holds at least <paramref name="minimum"/> on a hosted territory (administrators always do).</summary>
    public async Task<bool> HasAsync(string userId, string territoryCode, TerritoryRole minimum, CancellationToken cancellationToken = default)
    {
        if (await IsInRoleAsync(userId, CdvRoles.Admin, cancellationToken))
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            return await db.HostedTerritories.AnyAsync(t => t.Code == territoryCode, cancellationToken);
        }

        return await RoleOnAsync(userId, territoryCode, cancellationToken) is { } role && role >= minimum;
    }

    /// <summary>Whether the account may edit the territory's catalogue, pages, look and members (agent or more).</summary>
    public Task<bool> CanEditAsync(string userId, string territoryCode, CancellationToken cancellationToken = default) =>
        HasAsync(userId, territoryCode, TerritoryRole.Agent, cancellationToken);

    /// <summary>
    /// For "publish one extraction to many catalogues at once": the codes among <paramref name="territoryCodes"/>
    /// the account may publish to (agent or animator there, or administrator), in the order given, duplicates removed.
    /// The others are silently left out: compare the counts to tell the user which were refused.
    /// </summary>
    public async Task<IReadOnlyList<string>> PublishableTerritoriesAsync(
        string userId, IEnumerable<string> territoryCodes, CancellationToken cancellationToken = default)
    {
        var wanted = territoryCodes.Distinct(StringComparer.Ordinal).ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        HashSet<string> allowed;
        if (await IsInRoleAsync(userId, CdvRoles.Admin, cancellationToken))
        {
            allowed = (await db.HostedTerritories.Where(t => wanted.Contains(t.Code)).Select(t => t.Code).ToListAsync(cancellationToken)).ToHashSet();
        }
        else
        {
            var roles = new[] { TerritoryRole.Agent, TerritoryRole.Animator };
            allowed = (await db.TerritoryMemberships
                .Where(m => m.UserId == userId && wanted.Contains(m.TerritoryCode) && roles.Contains(m.Role))
                .Select(m => m.TerritoryCode).ToListAsync(cancellationToken)).ToHashSet();
        }

        return wanted.Where(allowed.Contains).ToList();
    }

    /// <summary>The territories the account belongs to, or null for an administrator (every territory).</summary>
    public async Task<IReadOnlyList<string>?> TerritoriesOfAsync(string userId, CancellationToken cancellationToken = default)
    {
        if (await IsInRoleAsync(userId, CdvRoles.Admin, cancellationToken))
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.TerritoryMemberships.Where(m => m.UserId == userId).OrderBy(m => m.TerritoryCode)
            .Select(m => m.TerritoryCode).ToListAsync(cancellationToken);
    }
}
