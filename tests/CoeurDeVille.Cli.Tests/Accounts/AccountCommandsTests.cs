using CoeurDeVille.Cli.Accounts;
using CoeurDeVille.Storage;
using CoeurDeVille.Storage.Accounts;
using CoeurDeVille.Storage.Audit;
using CoeurDeVille.Storage.HostedTerritories;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CoeurDeVille.Cli.Tests.Accounts;

/// <summary><c>cdv admin creer</c> and <c>cdv territoires heberger</c> on a SQLite base in the harness's data folder.</summary>
public sealed class AccountCommandsTests
{
    private const string Base = "Data Source=instance.db;Pooling=False";

    private static async Task<T> QueryAsync<T>(CliHarness cli, Func<CdvDbContext, Task<T>> query)
    {
        await using var db = new CdvDbContextFactory(Base, cli.Settings.DataFolder).CreateDbContext();
        return await query(db);
    }

    [Fact]
    public async Task Admin_creer_reads_the_password_on_stdin_and_refuses_a_short_one()
    {
        await using var cli = await CliHarness.StartAsync();

        CliInput.Use(new StringReader("court\n"));
        var (refusedCode, refused) = await cli.RunAsync("admin", "creer", "--courriel", "admin@ales.fr", "--mot-de-passe-stdin", "--base", Base);
        CliInput.Use(new StringReader("un mot de passe assez long\n"));
        var (code, output) = await cli.RunAsync("admin", "creer", "--courriel", "admin@ales.fr", "--mot-de-passe-stdin", "--base", Base);

        Assert.Equal(1, refusedCode);
        Assert.Contains("Le mot de passe doit compter au moins 12 caractères.", refused, StringComparison.Ordinal);
        Assert.Contains("Aucun compte n'a été créé.", refused, StringComparison.Ordinal);
        Assert.Equal(0, code);
        Assert.Contains("Administrateur admin@ales.fr créé.", output, StringComparison.Ordinal);
        Assert.True(await QueryAsync(cli, db => AccountSetup.AdminExistsAsync(db, TestContext.Current.CancellationToken)));
        var entry = await QueryAsync(cli, db => db.AuditEntries.SingleAsync(TestContext.Current.CancellationToken));
        Assert.Equal(("compte.creer-admin", "cdv (ligne de commande)"), (entry.Action, entry.Actor));
    }

    [Fact]
    public async Task Heberger_hosts_codes_and_an_epci_and_refuses_everything_when_a_code_is_unknown()
    {
        await using var cli = await CliHarness.StartAsync();

        var (badCode, bad) = await cli.RunAsync("territoires", "heberger", "30007", "30999", "--base", Base);
        var badCount = await QueryAsync(cli, db => db.HostedTerritories.CountAsync(TestContext.Current.CancellationToken));
        var (code, output) = await cli.RunAsync("territoires", "heberger", "30007", "30118", "--base", Base);
        var (epciCode, epci) = await cli.RunAsync("territoires", "heberger", "--epci", "200066918", "--base", Base);

        Assert.Equal(1, badCode);
        Assert.Contains("Codes inconnus du Code officiel géographique : « 30999 »", bad, StringComparison.Ordinal);
        Assert.Equal(0, badCount);
        Assert.Equal(0, code);
        Assert.Contains("Ancien code 30118 → commune actuelle 30037.", output, StringComparison.Ordinal);
        Assert.Contains("2 territoire(s) hébergé(s), 0 déjà hébergé(s).", output, StringComparison.Ordinal);
        Assert.Equal(0, epciCode);
        var members = CoeurDeVille.TestSupport.TestTerritories.Directory.FindEpci("200066918")!.MemberCodes.Count;
        Assert.Contains($"{members - 1} territoire(s) hébergé(s), 1 déjà hébergé(s).", epci, StringComparison.Ordinal);
        Assert.Equal(members + 1, await QueryAsync(cli, db => db.HostedTerritories.CountAsync(TestContext.Current.CancellationToken)));
        Assert.Equal(members + 1, await QueryAsync(cli, db => db.AuditEntries.CountAsync(e => e.Action == "territoire.heberger", TestContext.Current.CancellationToken)));
    }
}
