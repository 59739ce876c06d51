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
    /// Creates an administrator account (and the role when missing). Returns the French errors, empty on success;
    /// on error nothing is kept. The creation is written to the audit log.
    /// </summary>
    public static async Task<IReadOnlyList<string>> CreateAdminAsync(
        UserManager<CdvUser> users, RoleManager<IdentityRole> roles, AuditLog audit, string email, string password, AuditActor actor)
    {
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentNullException.ThrowIfNull(audit);
        if (!await roles.RoleExistsAsync(CdvRoles.Admin))
        {
            await roles.CreateAsync(new IdentityRole(CdvRoles.Admin));
        }

        if (!await roles.RoleExistsAsync(CdvRoles.Animator))
        {
            await roles.CreateAsync(new IdentityRole(CdvRoles.Animator));
        }

        var user = new CdvUser { UserName = email?.Trim(), Email = email?.Trim(), EmailConfirmed = true };
        var created = await users.CreateAsync(user, password ?? string.Empty);
        if (!created.Succeeded)
        {
            return created.Errors.Select(e => e.Description).ToList();
        }

        var granted = await users.AddToRoleAsync(user, CdvRoles.Admin);
        if (!granted.Succeeded)
        {
            await users.DeleteAsync(user);
            return granted.Errors.Select(e => e.Description).ToList();
        }

        await audit.RecordAsync(actor, "compte.creer-admin", null, user.Email);
        return [];
    }
}
