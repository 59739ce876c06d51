using System.Text;
using CoeurDeVille.Storage.Accounts;
using CoeurDeVille.Storage.Audit;
using CoeurDeVille.Storage.HostedTerritories;
using CoeurDeVille.Storage.Extracts;
using CoeurDeVille.Storage.Imports;
using CoeurDeVille.Storage.Inventories;
using CoeurDeVille.Storage.Notifications;
using CoeurDeVille.Storage.Photos;
using CoeurDeVille.Storage.Territories;
using CoeurDeVille.Storage.Trees;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NetTopologySuite.Geometries;

namespace CoeurDeVille.Storage;

/// <summary>
/// The shared tables of the platform (DESIGN §4): territories, data inventories and import runs. The same model runs
/// on SQLite and on PostgreSQL + PostGIS; only the geometry column differs (PostGIS <c>geometry(Geometry,4326)</c>
/// with a GiST index, or extended WKB bytes on SQLite). Table and column names are snake_case.
/// </summary>
public sealed class CdvDbContext(DbContextOptions<CdvDbContext> options) : IdentityDbContext<CdvUser>(options)
{
    public DbSet<Territory> Territories => Set<Territory>();

    public DbSet<DatasetRecord> Datasets => Set<DatasetRecord>();

    public DbSet<DatasetKeyword> DatasetKeywords => Set<DatasetKeyword>();

    public DbSet<DatasetDistribution> DatasetDistributions => Set<DatasetDistribution>();

    public DbSet<ImportRun> ImportRuns => Set<ImportRun>();

    public DbSet<HostedTerritory> HostedTerritories => Set<HostedTerritory>();

    public DbSet<TerritoryMembership> TerritoryMemberships => Set<TerritoryMembership>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<StoredPhoto> Photos => Set<StoredPhoto>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public StorageProvider Provider => Database.IsNpgsql() ? StorageProvider.PostgreSql : StorageProvider.Sqlite;

    /// <summary>
    /// Creates the database when missing and brings its tables to the current model by applying the pending EF Core
    /// migrations of the provider (<see cref="StorageMigrations"/>; on PostgreSQL the first one creates the
    /// <c>postgis</c> extension). Returns whether anything was applied. A database created by the versions that had no
    /// migrations (tables but no <c>__EFMigrationsHistory</c>) is refused with a message rather than half-upgraded.
    /// </summary>
    public async Task<bool> EnsureSchemaAsync(CancellationToken cancellationToken = default)
    {
        var pending = (await Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count == 0)
        {
            return false;
        }

        if (!(await Database.GetAppliedMigrationsAsync(cancellationToken)).Any() && await HasTablesWithoutHistoryAsync(cancellationToken))
        {
            throw new InvalidOperationException(
                "Cette base a été créée par une version sans historique de migrations : elle ne peut pas être mise à jour en place. " +
                "Exportez les inventaires (cdv), puis repartez d'une base vide (nouveau fichier SQLite ou nouvelle base PostgreSQL) et réimportez.");
        }

        await Database.MigrateAsync(cancellationToken);
        return true;
    }

    private async Task<bool> HasTablesWithoutHistoryAsync(CancellationToken cancellationToken)
    {
        if (!await Database.CanConnectAsync(cancellationToken))
        {
            return false;
        }

        var sql = Provider == StorageProvider.PostgreSql
            ? "SELECT count(*)::int AS \"Value\" FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'territories'"
            : "SELECT count(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = 'territories'";
        return await Database.SqlQueryRaw<int>(sql).SingleAsync(cancellationToken) > 0;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        UpdateBoundingBoxes();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        UpdateBoundingBoxes();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        AccountsModel.Configure(modelBuilder);
        PhotosModel.Configure(modelBuilder);
        NotificationsModel.Configure(modelBuilder);
        var postgres = Database.IsNpgsql();
        if (postgres)
        {
            modelBuilder.HasPostgresExtension("postgis");
        }

        modelBuilder.Entity<Territory>(territory =>
        {
            territory.ToTable("territories");
            territory.HasKey(t => t.Code);
            territory.Property(t => t.Kind).HasConversion<string>();
            var geometry = territory.Property(t => t.Geometry);
            if (postgres)
            {
                geometry.HasColumnType("geometry(Geometry,4326)");
                territory.HasIndex(t => t.Geometry).HasMethod("gist");
            }
            else
            {
                geometry.HasConversion(
                    new ValueConverter<Geometry?, byte[]>(g => GeometryWkb.ToBytes(g!), b => GeometryWkb.FromBytes(b)),
                    new ValueComparer<Geometry?>(
                        (a, b) => GeometryWkb.AreEqual(a, b),
                        g => g == null ? 0 : GeometryWkb.HashCode(g),
                        g => g == null ? null : GeometryWkb.Snapshot(g)));
            }

            territory.HasIndex(t => new { t.MinX, t.MaxX, t.MinY, t.MaxY });
        });

        modelBuilder.Entity<DatasetRecord>(dataset =>
        {
            dataset.ToTable("datasets");
            dataset.HasKey(d => new { d.InventoryTerritoryCode, d.DatasetId });
            dataset.HasIndex(d => new { d.InventoryTerritoryCode, d.Position });
            dataset.Property(d => d.ProducerType).HasConversion<string>();
            dataset.Property(d => d.OpennessStatus).HasConversion<string>();
            dataset.HasMany(d => d.Keywords).WithOne()
                .HasForeignKey(k => new { k.InventoryTerritoryCode, k.DatasetId })
                .OnDelete(DeleteBehavior.Cascade);
            dataset.HasMany(d => d.Distributions).WithOne()
                .HasForeignKey(k => new { k.InventoryTerritoryCode, k.DatasetId })
                .OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<DatasetKeyword>(keyword =>
        {
            keyword.ToTable("dataset_keywords");
            keyword.HasKey(k => new { k.InventoryTerritoryCode, k.DatasetId, k.Position });
        });

        modelBuilder.Entity<DatasetDistribution>(distribution =>
        {
            distribution.ToTable("dataset_distributions");
            distribution.HasKey(d => new { d.InventoryTerritoryCode, d.DatasetId, d.Position });
        });

        modelBuilder.Entity<ImportRun>(run =>
        {
            run.ToTable("import_runs");
            run.HasKey(r => r.Id);
            run.HasIndex(r => r.TerritoryCode);
        });

        ExtractTables.Configure(modelBuilder);
        TreeTables.Configure(modelBuilder);

        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(SnakeCase(property.Name));
            }
        }
    }

    private void UpdateBoundingBoxes()
    {
        foreach (var entry in ChangeTracker.Entries<Territory>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                entry.Entity.UpdateBoundingBox();
            }
        }
    }

    internal static string SnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0 && (!char.IsUpper(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))))
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
