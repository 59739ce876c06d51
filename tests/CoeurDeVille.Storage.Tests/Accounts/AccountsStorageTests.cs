using CoeurDeVille.Core.Territories;
using CoeurDeVille.Storage.Accounts;
using CoeurDeVille.Storage.Audit;
using CoeurDeVille.Storage.HostedTerritories;
using CoeurDeVille.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CoeurDeVille.Storage.Tests.Accounts;

/// <summary>Accounts, hosted territories, memberships and the audit log, on each provider (derived classes).</summary>
public abstract class AccountsStorageTests
{
    private static readonly TimeProvider Clock = TimeProvider.System;

    protected abstract Task<TestDatabase> CreateDatabaseAsync(CancellationToken cancellationToken);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static ServiceProvider Services(TestDatabase database)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IDbContextFactory<CdvDbContext>>(database.Factory);
        services.AddCdvIdentityStores();
        return services.BuildServiceProvider();
    }

    private static (HostedTerritoryStore Hosting, MembershipStore Members, TerritoryPermissions Permissions, AuditLog Audit) Stores(TestDatabase database)
    {
        var audit = new AuditLog(database.Factory, Clock);
        return (new HostedTerritoryStore(database.Factory, audit, Clock), new MembershipStore(database.Factory, audit, Clock),
            new TerritoryPermissions(database.Factory), audit);
    }

    private static async Task<string> CreateUserAsync(ServiceProvider services, string email)
    {
        using var scope = services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CdvUser>>();
        var user = new CdvUser { UserName = email, Email = email };
        var result = await users.CreateAsync(user, "un mot de passe assez long");
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
        return user.Id;
    }

    [Fact]
    public async Task Identity_works_on_snake_case_tables_and_the_first_admin_is_audited()
    {
        await using var database = await CreateDatabaseAsync(Cancel);
        await using var services = Services(database);
        using var scope = services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CdvUser>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        var audit = new AuditLog(database.Factory, Clock);

        var context = scope.ServiceProvider.GetRequiredService<CdvDbContext>();
        Task<IReadOnlyList<string>> Create(string password, bool firstOnly = false) => AccountSetup.CreateAdminAsync(
            context, users, roles, audit, "admin@ales.fr", password, AuditActor.CommandLine, firstOnly, Clock, Cancel).ContinueWith(t => t.Result.Errors, Cancel);
        var tooShort = await Create("court", firstOnly: true);
        var created = await Create("correct horse battery", firstOnly: true);
        var duplicate = await Create("correct horse battery");
        var notFirst = await AccountSetup.CreateAdminAsync(
            context, users, roles, audit, "autre@ales.fr", "correct horse battery", AuditActor.CommandLine, firstOnly: true, Clock, Cancel);
        Assert.True(notFirst.NotFirst);

        Assert.Equal("Le mot de passe doit compter au moins 12 caractères.", Assert.Single(tooShort));
        Assert.Empty(created);
        Assert.Contains(duplicate, e => e.Contains("existe déjà", StringComparison.Ordinal));
        var admin = await users.FindByEmailAsync("admin@ales.fr");
        Assert.NotNull(admin);
        Assert.True(await users.CheckPasswordAsync(admin, "correct horse battery"));
        Assert.True(await users.IsInRoleAsync(admin, CdvRoles.Admin));
        await using var db = database.Context();
        Assert.True(await AccountSetup.AdminExistsAsync(db, Cancel));
        Assert.Equal(1, await db.Users.CountAsync(Cancel));
        var entry = Assert.Single(await audit.ListAsync(null, null, cancellationToken: Cancel));
        Assert.Equal(("compte.creer-admin", "admin@ales.fr", "cdv (ligne de commande)"), (entry.Action, entry.Target, entry.Actor));
        var columns = db.Model.FindEntityType(typeof(CdvUser))!.GetProperties().Select(p => p.GetColumnName()).ToList();
        Assert.Contains("normalized_user_name", columns);
        Assert.Equal("users", db.Model.FindEntityType(typeof(CdvUser))!.GetTableName());
    }

    [Fact]
    public async Task Bulk_hosting_follows_former_codes_expands_an_epci_and_is_all_or_nothing()
    {
        await using var database = await CreateDatabaseAsync(Cancel);
        var (hosting, _, _, audit) = Stores(database);
        var directory = TestTerritories.Directory;

        var refused = await Assert.ThrowsAsync<HostingException>(() =>
            hosting.HostAsync(directory, HostingRequest.OfCodes("30007", "99999", "30007' OR 1=1--"), AuditActor.CommandLine, cancellationToken: Cancel));
        Assert.Equal(["99999", "30007' OR 1=1--"], refused.OffendingCodes);
        Assert.Contains("Aucun territoire n'a été créé", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, await database.CountAsync<HostedTerritory>(Cancel));
        Assert.Equal(0, await database.CountAsync<AuditEntry>(Cancel));

        var first = await hosting.HostAsync(directory, HostingRequest.OfCodes("30007", "30118"), AuditActor.CommandLine, cancellationToken: Cancel);
        Assert.Equal(["30007", "30037"], first.Created.Select(t => t.Code).ToArray());
        Assert.Equal("30037", first.FormerCodesFollowed["30118"]);

        var epci = directory.FindEpci("200066918")!;
        var second = await hosting.HostAsync(directory, new HostingRequest([], ["200066918"], []), AuditActor.CommandLine, cancellationToken: Cancel);
        Assert.Equal(epci.MemberCodes.Count - 1, second.Created.Count);
        Assert.Equal(["30007"], second.AlreadyHosted);
        Assert.Equal(epci.MemberCodes.Count + 1, (await hosting.ListAsync(Cancel)).Count);
        Assert.Equal(epci.MemberCodes.Count + 1, (await audit.ListAsync(null, null, 500, Cancel)).Count(e => e.Action == "territoire.heberger"));
        Assert.Equal("Alès", (await hosting.FindAsync("30007", Cancel))!.Name);
    }

    [Fact]
    public async Task Hosting_a_departement_creates_each_of_its_communes()
    {
        await using var database = await CreateDatabaseAsync(Cancel);
        var (hosting, _, _, _) = Stores(database);
        var expected = TestTerritories.Directory.CommunesOfDepartement("30").Count();

        var result = await hosting.HostAsync(TestTerritories.Directory, new HostingRequest([], [], ["30"]), AuditActor.CommandLine, cancellationToken: Cancel);

        Assert.Equal(expected, result.Created.Count);
        Assert.Equal(expected, await database.CountAsync<HostedTerritory>(Cancel));
        Assert.All(result.Created, t => Assert.Equal(TerritoryKind.Commune, t.Kind));
    }

    [Fact]
    public async Task Memberships_scope_editing_and_publishing_to_the_granted_territories()
    {
        await using var database = await CreateDatabaseAsync(Cancel);
        await using var services = Services(database);
        var (hosting, members, permissions, _) = Stores(database);
        await hosting.HostAsync(TestTerritories.Directory, HostingRequest.OfCodes("30007", "30189", "30028", "200066918"), AuditActor.CommandLine, cancellationToken: Cancel);
        var agentA = await CreateUserAsync(services, "agent@ales.fr");
        var animator = await CreateUserAsync(services, "atd@gard.fr");
        await members.GrantAsync(agentA, ["30007"], TerritoryRole.Agent, AuditActor.CommandLine, Cancel);
        await members.GrantAnimatorAsync(animator, ["30007", "30028", "200066918"], AuditActor.CommandLine, Cancel);

        Assert.True(await permissions.CanEditAsync(agentA, "30007", Cancel));
        Assert.False(await permissions.CanEditAsync(agentA, "30189", Cancel));
        Assert.Equal(["30007"], await permissions.PublishableTerritoriesAsync(agentA, ["30189", "30007", "30007"], Cancel));
        Assert.Equal(["200066918", "30028", "30007"], await permissions.PublishableTerritoriesAsync(animator, ["200066918", "30189", "30028", "30007"], Cancel));
        Assert.Equal(["200066918", "30007", "30028"], await permissions.TerritoriesOfAsync(animator, Cancel));

        var notHosted = await Assert.ThrowsAsync<ArgumentException>(() => members.GrantAsync(agentA, ["30189", "34172"], TerritoryRole.Expert, AuditActor.CommandLine, Cancel));
        Assert.Contains("34172", notHosted.Message, StringComparison.Ordinal);
        Assert.Equal(TerritoryRole.Agent, await permissions.RoleOnAsync(agentA, "30007", Cancel));
        Assert.Null(await permissions.RoleOnAsync(agentA, "30189", Cancel));
    }

    [Fact]
    public async Task A_look_with_poor_contrast_is_refused_and_a_good_one_is_audited_with_its_diff()
    {
        await using var database = await CreateDatabaseAsync(Cancel);
        var (hosting, _, _, audit) = Stores(database);
        await hosting.HostAsync(TestTerritories.Directory, HostingRequest.OfCodes("30007"), AuditActor.CommandLine, cancellationToken: Cancel);

        var refused = await hosting.UpdateLookAsync("30007", "Alès", "ales", "#ffcc00", "#zzz", null, AuditActor.System, Cancel);
        var saved = await hosting.UpdateLookAsync("30007", "Ville d'Alès", "ales", "#1A5276", null, null, AuditActor.System, Cancel);

        Assert.Equal(2, refused.Count);
        Assert.Contains("RGAA", refused[0], StringComparison.Ordinal);
        Assert.Contains("#rrggbb", refused[1], StringComparison.Ordinal);
        Assert.Empty(saved);
        var territory = (await hosting.FindAsync("30007", Cancel))!;
        Assert.Equal(("Ville d'Alès", "#1a5276"), (territory.DisplayName, territory.PrimaryColour));
        var entry = (await audit.ListAsync(["30007"], "30007", cancellationToken: Cancel))[0];
        Assert.Equal("apparence.modifier", entry.Action);
        Assert.Contains("\"apres\":", entry.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Concurrent_first_admin_creations_create_exactly_one()
    {
        await using var database = await CreateDatabaseAsync(Cancel);
        await using var services = Services(database);
        var audit = new AuditLog(database.Factory, Clock);
        using var start = new SemaphoreSlim(0);
        var attempts = Enumerable.Range(0, 6).Select(async i =>
        {
            // One scope per request, as the web host gives each its own context and managers.
            using var scope = services.CreateScope();
            var provider = scope.ServiceProvider;
            await start.WaitAsync(Cancel);
            return await AccountSetup.CreateAdminAsync(
                provider.GetRequiredService<CdvDbContext>(), provider.GetRequiredService<UserManager<CdvUser>>(),
                provider.GetRequiredService<RoleManager<IdentityRole>>(), audit, $"admin{i}@ales.fr", "correct horse battery",
                AuditActor.System, firstOnly: true, Clock, Cancel);
        }).ToList();
        start.Release(6);
        var results = await Task.WhenAll(attempts);

        Assert.Equal(1, results.Count(r => r.Succeeded));
        Assert.Equal(5, results.Count(r => r.NotFirst));
        await using var db = database.Context();
        Assert.Equal(1, await db.Users.CountAsync(Cancel));
        Assert.Equal(1, await db.UserRoles.CountAsync(Cancel));
    }

    [Fact]
    public async Task Two_agents_removing_each_other_at_once_leave_the_territory_one_agent()
    {
        await using var database = await CreateDatabaseAsync(Cancel);
        await using var services = Services(database);
        var (hosting, members, _, audit) = Stores(database);
        await hosting.HostAsync(TestTerritories.Directory, HostingRequest.OfCodes("30007"), AuditActor.CommandLine, cancellationToken: Cancel);
        var first = await CreateUserAsync(services, "un@ales.fr");
        var second = await CreateUserAsync(services, "deux@ales.fr");
        await members.GrantAsync(first, ["30007"], TerritoryRole.Agent, AuditActor.CommandLine, Cancel);
        await members.GrantAsync(second, ["30007"], TerritoryRole.Agent, AuditActor.CommandLine, Cancel);
        var territoryMembers = new TerritoryMembers(database.Factory, audit, Clock);

        var outcomes = await Task.WhenAll(
            Task.Run(() => territoryMembers.RemoveAsync("30007", second, new AuditActor(first, "un@ales.fr"), actorIsAdmin: false, Cancel), Cancel),
            Task.Run(() => territoryMembers.RemoveAsync("30007", first, new AuditActor(second, "deux@ales.fr"), actorIsAdmin: false, Cancel), Cancel));

        Assert.Equal(1, outcomes.Count(o => o is null));
        var refusal = Assert.Single(outcomes, o => o is not null);
        Assert.True(refusal!.Contains("dernier agent", StringComparison.Ordinal) || refusal.Contains("pas le droit", StringComparison.Ordinal), refusal);
        var left = Assert.Single(await territoryMembers.ListAsync("30007", Cancel));
        Assert.Equal(TerritoryRole.Agent, left.Role);
    }
}
