using System.CommandLine;
using CoeurDeVille.Cli.Hosting;
using CoeurDeVille.Storage;
using CoeurDeVille.Storage.Accounts;
using CoeurDeVille.Storage.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoeurDeVille.Cli.Accounts;

/// <summary>The <c>--base</c> option and the services over it (schema ensured, Identity stores, audit log).</summary>
internal static class CliDatabase
{
    public static Option<string> Option() => new("--base")
    {
        Description = "Base de données : « Data Source=fichier.db » (SQLite, dans le dossier de données) ou « Host=…;Database=… » (PostgreSQL)",
        DefaultValueFactory = _ => "Data Source=coeurdeville.db",
    };

    public static async Task<ServiceProvider> OpenAsync(CliServices cli, string connectionString, CancellationToken cancellationToken)
    {
        var factory = new CdvDbContextFactory(connectionString, cli.Settings.DataFolder);
        await using (var db = factory.CreateDbContext())
        {
            await db.EnsureSchemaAsync(cancellationToken);
        }

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(cli.Time);
        services.AddSingleton<IDbContextFactory<CdvDbContext>>(factory);
        services.AddSingleton<AuditLog>();
        services.AddCdvIdentityStores();
        return services.BuildServiceProvider();
    }
}
