using Microsoft.EntityFrameworkCore.Design;

namespace CoeurDeVille.Storage.Migrations.Sqlite;

/// <summary>
/// Lets `dotnet ef migrations add` build the Sqlite model (no connection is opened to add a migration):
/// `dotnet ef migrations add Name --project src/CoeurDeVille.Storage.Migrations.Sqlite` — see docs/migrations.md.
/// </summary>
public sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<CdvDbContext>
{
    public CdvDbContext CreateDbContext(string[] args) =>
        new(CdvDbContextFactory.CreateOptions("Data Source=design-time.db", Path.GetTempPath()).Options);
}
