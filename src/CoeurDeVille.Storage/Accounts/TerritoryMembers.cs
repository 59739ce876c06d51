using CoeurDeVille.Storage.Audit;
using Microsoft.EntityFrameworkCore;

namespace CoeurDeVille.Storage.Accounts;

/// <summary>
/// Manages the members of one territory on behalf of someone: lists them, adds an existing account by e-mail, changes
/// or removes a role. Rules: the acting account is an administrator or holds agent (or more) on the territory; it never
/// gives nor touches a role above its own; the territory always keeps an agent or animator. Every change is one
/// transaction with its audit entry; a refusal is a French message and writes nothing.
/// </summary>
public sealed class TerritoryMembers(IDbContextFactory<CdvDbContext> contexts, AuditLog audit, TimeProvider timeProvider)
{
    public async Task<IReadOnlyList<TerritoryMember>> ListAsync(string territoryCode, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await (from m in db.TerritoryMemberships.AsNoTracking()
                          join u in db.Users on m.UserId equals u.Id
                          where m.TerritoryCode == territoryCode
                          select new { m.UserId, u.Email, u.DisplayName, m.Role, m.GrantedAt }).ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.UserId).ToList();
        var elsewhere = (await db.TerritoryMemberships.AsNoTracking()
                .Where(m => ids.Contains(m.UserId) && m.TerritoryCode != territoryCode)
                .Select(m => new { m.UserId, m.TerritoryCode }).ToListAsync(cancellationToken))
            .ToLookup(m => m.UserId, m => m.TerritoryCode);
        return rows
            .OrderByDescending(r => r.Role).ThenBy(r => r.Email, StringComparer.OrdinalIgnoreCase)
            .Select(r => new TerritoryMember(r.UserId, r.Email ?? r.UserId, r.DisplayName, r.Role, r.GrantedAt,
                elsewhere[r.UserId].Order(StringComparer.Ordinal).ToList()))
            .ToList();
    }

    /// <summary>Adds the account of <paramref name="email"/> with <paramref name="role"/>, or changes its role. Null on success.</summary>
    public async Task<string?> SetRoleByEmailAsync(
        string territoryCode, string email, TerritoryRole role, AuditActor actor, bool actorIsAdmin, CancellationToken cancellationToken = default)
    {
        var normalized = (email ?? string.Empty).Trim().ToUpperInvariant();
        if (normalized.Length == 0)
        {
            return "Adresse électronique : indiquez l'adresse du compte à ajouter.";
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var userId = await db.Users.Where(u => u.NormalizedEmail == normalized).Select(u => u.Id).FirstOrDefaultAsync(cancellationToken);
        return userId is null
            ? $"Adresse électronique : aucun compte n'a l'adresse « {email!.Trim()} ». Le compte doit exister : demandez à l'administrateur de l'instance de le créer."
            : await ChangeAsync(territoryCode, userId, role, actor, actorIsAdmin, cancellationToken);
    }

    /// <summary>Changes the role of a member. Null on success.</summary>
    public Task<string?> SetRoleAsync(
        string territoryCode, string userId, TerritoryRole role, AuditActor actor, bool actorIsAdmin, CancellationToken cancellationToken = default) =>
        ChangeAsync(territoryCode, userId, role, actor, actorIsAdmin, cancellationToken);

    /// <summary>Removes a member from the territory (its account and other territories stay). Null on success.</summary>
    public Task<string?> RemoveAsync(
        string territoryCode, string userId, AuditActor actor, bool actorIsAdmin, CancellationToken cancellationToken = default) =>
        ChangeAsync(territoryCode, userId, null, actor, actorIsAdmin, cancellationToken);

    private async Task<string?> ChangeAsync(
        string territoryCode, string userId, TerritoryRole? wanted, AuditActor actor, bool actorIsAdmin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Locks the territory's row (PostgreSQL; SQLite transactions are already exclusive) so that two agents removing
        // each other at once cannot both pass the "last agent" check.
        var hosted = await db.Database.ExecuteSqlAsync($"UPDATE hosted_territories SET hosted_at = hosted_at WHERE code = {territoryCode}", cancellationToken);
        if (hosted == 0)
        {
            return $"Le territoire {territoryCode} n'est pas hébergé par cette instance.";
        }

        TerritoryRole ceiling;
        if (actorIsAdmin)
        {
            ceiling = TerritoryRole.Animator;
        }
        else
        {
            var own = await db.TerritoryMemberships.Where(m => m.UserId == actor.UserId && m.TerritoryCode == territoryCode)
                .Select(m => (TerritoryRole?)m.Role).FirstOrDefaultAsync(cancellationToken);
            if (own is not { } held || held < TerritoryRole.Agent)
            {
                return $"Vous n'avez pas le droit de gérer les membres du territoire {territoryCode}.";
            }

            ceiling = held;
        }

        if (wanted is { } role && role > ceiling)
        {
            return $"Rôle : vous ne pouvez pas donner le rôle « {TerritoryRoleLabels.Of(role)} », supérieur au vôtre (« {TerritoryRoleLabels.Of(ceiling)} »).";
        }

        var user = await db.Users.Where(u => u.Id == userId).Select(u => new { u.Email }).FirstOrDefaultAsync(cancellationToken);
        if (user is null)
        {
            return "Membre : compte inconnu.";
        }

        var membership = await db.TerritoryMemberships.FirstOrDefaultAsync(m => m.UserId == userId && m.TerritoryCode == territoryCode, cancellationToken);
        if (membership is null && wanted is null)
        {
            return $"Membre : {user.Email} n'est pas membre du territoire {territoryCode}.";
        }

        if (membership is not null && membership.Role > ceiling)
        {
            return $"Membre : le rôle « {TerritoryRoleLabels.Of(membership.Role)} » de {user.Email} est supérieur au vôtre ; seul un administrateur de l'instance peut le modifier.";
        }

        var losesEditing = membership is { Role: >= TerritoryRole.Agent } && wanted is not (>= TerritoryRole.Agent);
        // Roles are stored as text: compare with the set, never with >= in SQL.
        TerritoryRole[] editing = [TerritoryRole.Agent, TerritoryRole.Animator];
        if (losesEditing && !await db.TerritoryMemberships.AnyAsync(
                m => m.TerritoryCode == territoryCode && m.UserId != userId && editing.Contains(m.Role), cancellationToken))
        {
            return $"Membre : {user.Email} est le dernier agent du territoire {territoryCode}. Nommez d'abord un autre agent, sinon plus personne du territoire ne pourrait le gérer.";
        }

        var before = membership?.Role.ToString();
        string action;
        if (wanted is null)
        {
            db.TerritoryMemberships.Remove(membership!);
            action = "membre.retirer";
        }
        else if (membership is null)
        {
            db.TerritoryMemberships.Add(new TerritoryMembership
            {
                UserId = userId, TerritoryCode = territoryCode, Role = wanted.Value, GrantedAt = timeProvider.GetUtcNow(),
            });
            action = "membre.ajouter";
        }
        else
        {
            membership.Role = wanted.Value;
            membership.GrantedAt = timeProvider.GetUtcNow();
            action = "membre.role";
        }

        audit.Add(db, actor, action, territoryCode, user.Email, new { avant = before, apres = wanted?.ToString() });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return null;
    }
}
