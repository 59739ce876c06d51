using CoeurDeVille.Storage.Audit;
using Microsoft.EntityFrameworkCore;

namespace CoeurDeVille.Storage.Accounts;

/// <summary>
/// Grants and lists territory roles. An animator grant over a set of territories is one membership per territory
/// (<see cref="TerritoryRole.Animator"/>), written in one transaction with its audit entries.
/// </summary>
public sealed class MembershipStore(IDbContextFactory<CdvDbContext> contexts, AuditLog audit, TimeProvider timeProvider)
{
    /// <summary>
    /// Gives <paramref name="role"/> on each of <paramref name="territoryCodes"/> (replacing a previous role there).
    /// Every code must be hosted, else nothing is written and a French <see cref="ArgumentException"/> names the others.
    /// </summary>
    public async Task GrantAsync(
        string userId, IReadOnlyCollection<string> territoryCodes, TerritoryRole role, AuditActor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var hosted = await db.HostedTerritories.Where(t => territoryCodes.Contains(t.Code)).Select(t => t.Code).ToListAsync(cancellationToken);
        var missing = territoryCodes.Except(hosted, StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException($"Territoires non hébergés par cette instance : {string.Join(", ", missing)}. Aucun rôle n'a été donné.");
        }

        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId, cancellationToken)
            ?? throw new ArgumentException("Compte inconnu : aucun rôle n'a été donné.");
        var current = await db.TerritoryMemberships.Where(m => m.UserId == userId && territoryCodes.Contains(m.TerritoryCode)).ToListAsync(cancellationToken);
        var now = timeProvider.GetUtcNow();
        foreach (var code in territoryCodes.Distinct(StringComparer.Ordinal))
        {
            var membership = current.FirstOrDefault(m => m.TerritoryCode == code);
            var before = membership?.Role.ToString();
            if (membership is null)
            {
                db.TerritoryMemberships.Add(new TerritoryMembership { UserId = userId, TerritoryCode = code, Role = role, GrantedAt = now });
            }
            else
            {
                membership.Role = role;
                membership.GrantedAt = now;
            }

            audit.Add(db, actor, "membre.role", code, user.Email, new { avant = before, apres = role.ToString() });
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The convenient "animateur" grant: <see cref="TerritoryRole.Animator"/> on every territory of the set.</summary>
    public Task GrantAnimatorAsync(string userId, IReadOnlyCollection<string> territoryCodes, AuditActor actor, CancellationToken cancellationToken = default) =>
        GrantAsync(userId, territoryCodes, TerritoryRole.Animator, actor, cancellationToken);

    public async Task<IReadOnlyList<TerritoryMembership>> OfUserAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.TerritoryMemberships.AsNoTracking().Where(m => m.UserId == userId).OrderBy(m => m.TerritoryCode).ToListAsync(cancellationToken);
    }
}
