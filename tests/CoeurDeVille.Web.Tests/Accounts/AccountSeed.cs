using CoeurDeVille.Storage;
using CoeurDeVille.Storage.Accounts;
using CoeurDeVille.Storage.Audit;
using CoeurDeVille.Storage.HostedTerritories;
using CoeurDeVille.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoeurDeVille.Web.Tests.Accounts;

/// <summary>Accounts and hosted territories written through the real stores, the way the CLI and pages do.</summary>
public sealed class AccountSeed : IAsyncDisposable
{
    public const string Password = "un mot de passe assez long";

    private readonly ServiceProvider _services;

    public AccountSeed(WebTestDatabase database)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IDbContextFactory<CdvDbContext>>(database.Factory);
        services.AddCdvIdentityStores();
        _services = services.BuildServiceProvider();
        Audit = new AuditLog(database.Factory, TimeProvider.System);
        Hosting = new HostedTerritoryStore(database.Factory, Audit, TimeProvider.System);
        Members = new MembershipStore(database.Factory, Audit, TimeProvider.System);
    }

    public AuditLog Audit { get; }

    public HostedTerritoryStore Hosting { get; }

    public MembershipStore Members { get; }

    public Task HostAsync(params string[] codes) =>
        Hosting.HostAsync(TestTerritories.Directory, HostingRequest.OfCodes(codes), AuditActor.CommandLine);

    public async Task<string> AdminAsync(string email)
    {
        using var scope = _services.CreateScope();
        var result = await AccountSetup.CreateAdminAsync(
            scope.ServiceProvider.GetRequiredService<CdvDbContext>(),
            scope.ServiceProvider.GetRequiredService<UserManager<CdvUser>>(),
            scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>(), Audit, email, Password, AuditActor.CommandLine,
            firstOnly: false, TimeProvider.System);
        return result.Succeeded ? email : throw new InvalidOperationException(string.Join(" ", result.Errors));
    }

    /// <summary>Creates an account with <paramref name="role"/> on each territory; <paramref name="instanceRole"/> adds an Identity role.</summary>
    public async Task<string> UserAsync(string email, TerritoryRole? role, string[] territories, string? instanceRole = null)
    {
        using var scope = _services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CdvUser>>();
        var user = new CdvUser { UserName = email, Email = email, EmailConfirmed = true };
        var created = await users.CreateAsync(user, Password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        if (instanceRole is not null)
        {
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
            if (!await roles.RoleExistsAsync(instanceRole))
            {
                await roles.CreateAsync(new IdentityRole(instanceRole));
            }

            await users.AddToRoleAsync(user, instanceRole);
        }

        if (role is { } territoryRole && territories.Length > 0)
        {
            await Members.GrantAsync(user.Id, territories, territoryRole, AuditActor.CommandLine);
        }

        return user.Id;
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
