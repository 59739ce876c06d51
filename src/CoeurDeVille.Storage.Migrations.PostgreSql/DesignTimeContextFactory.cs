using Microsoft.EntityFrameworkCore.Design;

namespace CoeurDeVille.Storage.Migrations.PostgreSql;

/// <summary>
/// Lets `dotnet ef migrations add` build the PostgreSql model (no connection is opened to add a migration):
/// `dotnet ef migrations add Name --project src/CoeurDeVille.Storage.Migrations.PostgreSql` — see docs/migrations.md.
/// </summary>
public sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<CdvDbContext>
{
    public CdvDbContext CreateDbContext(string[] args) =>
        new(CdvDbContextFactory.CreateOptions("Host=127.0.0.1;Database=cdv_design_time;Username=cdv;Password=cdv", Path.GetTempPath()).Options);
}
