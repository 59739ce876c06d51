using CoeurDeVille.Storage.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoeurDeVille.Storage.Accounts;

/// <summary>
/// Identity configuration shared by the web host and <c>cdv</c> (password rules, French errors, EF stores on
/// <see cref="CdvDbContext"/>), and the creation of the first administrator.
/// </summary>
public static class AccountSetup
{
    /// <summary>Password rules: 12 characters at least (ANSSI recommendation for passwords alone), any mix of characters.</summary>
    public static void ConfigurePasswords(IdentityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Password.RequiredLength = 12;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.User.RequireUniqueEmail = true;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
    }

    /// <summary>
    /// Identity core services over <see cref="CdvDbContext"/> (a scoped context made by the registered
    /// <see cref="IDbContextFactory{TContext}"/>). Returns the builder so the web host can add sign-in.
    /// </summary>
    public static IdentityBuilder AddCdvIdentityStores(this IServiceCollection services)
    {
        services.AddScoped(provider => provider.GetRequiredService<IDbContextFactory<CdvDbContext>>().CreateDbContext());
        return services.AddIdentityCore<CdvUser>(ConfigurePasswords)
            .AddRoles<IdentityRole>()
            .AddErrorDescriber<FrenchIdentityErrors>()
            .AddEntityFrameworkStores<CdvDbContext>();
    }

    /// <summary>Whether an administrator exists (the setup page and <c>cdv admin creer</c> depend on it).</summary>
    public static async Task<bool> AdminExistsAsync(CdvDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var normalized = CdvRoles.Admin.ToUpperInvariant();
        return await db.UserRoles.AnyAsync(ur => db.Roles.Any(r => r.Id == ur.RoleId && r.NormalizedName == normalized), cancellationToken);
    }

    /// <summary>
    /// Creates an administrator account (and the instance roles when missing), in one transaction on
    /// <paramref name="db"/> — the context <paramref name="users"/> and <paramref name="roles"/> write through — with
    /// its audit entry. The first administrator is claimed through <see cref="SetupClaim"/>'s primary key, so concurrent
    /// requests create at most one: with <paramref name="firstOnly"/> (the setup page) the call is refused
    /// (<see cref="AdminCreationResult.NotFirst"/>) when the claim is taken or an administrator exists; without it
    /// (<c>cdv admin creer</c>, run by whoever holds the database) it waits for a concurrent claim and adds one more.
    /// </summary>
    public static async Task<AdminCreationResult> CreateAdminAsync(
        CdvDbContext db,
        UserManager<CdvUser> users,
        RoleManager<IdentityRole> roles,
        AuditLog audit,
        string email,
        string password,
        AuditActor actor,
        bool firstOnly,
        TimeProvider timeProvider,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(timeProvider);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Both providers: the insert waits for a concurrent uncommitted claim, then inserts nothing (0 rows).
        var now = timeProvider.GetUtcNow();
        var claimed = await db.Database.ExecuteSqlAsync(
            $"INSERT INTO setup_claims (name, claimed_at) VALUES ({SetupClaim.FirstAdmin}, {now}) ON CONFLICT DO NOTHING", cancellationToken);
        if (firstOnly && (claimed == 0 || await AdminExistsAsync(db, cancellationToken)))
        {
            db.ChangeTracker.Clear();
            return new AdminCreationResult([], NotFirst: true);
        }

        foreach (var role in new[] { CdvRoles.Admin, CdvRoles.Animator })
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        var user = new CdvUser { UserName = email?.Trim(), Email = email?.Trim(), EmailConfirmed = true };
        var created = await users.CreateAsync(user, password ?? string.Empty);
        if (!created.Succeeded)
        {
            db.ChangeTracker.Clear();
            return new AdminCreationResult(created.Errors.Select(e => e.Description).ToList(), NotFirst: false);
        }

        var granted = await users.AddToRoleAsync(user, CdvRoles.Admin);
        if (!granted.Succeeded)
        {
            db.ChangeTracker.Clear();
            return new AdminCreationResult(granted.Errors.Select(e => e.Description).ToList(), NotFirst: false);
        }

        audit.Add(db, actor, "compte.creer-admin", null, user.Email);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new AdminCreationResult([], NotFirst: false);
    }
}
