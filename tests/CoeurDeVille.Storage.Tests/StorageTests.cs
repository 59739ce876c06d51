using CoeurDeVille.Core.Catalogue;
using CoeurDeVille.Core.Territories;
using CoeurDeVille.Storage.Imports;
using CoeurDeVille.Storage.Inventories;
using CoeurDeVille.Storage.Territories;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using Xunit;

namespace CoeurDeVille.Storage.Tests;

/// <summary>Every storage test, run once per provider by the derived classes.</summary>
public abstract class StorageTests
{
    private static readonly TimeProvider Clock = TimeProvider.System;

    protected abstract StorageProvider Provider { get; }

    protected abstract Task<TestDatabase> CreateDatabaseAsync(CancellationToken cancellationToken);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_connection_string_selects_the_provider()
    {
        await using var database = await CreateDatabaseAsync(Cancel);
        Assert.Equal(Provider, database.Factory.Provider);
        await using var db = database.Context();
        Assert.Equal(Provider, db.Provider);
    }

    [Fact]
    public async Task The_migrations_build_the_current_model_and_a_second_run_applies_nothing()
    {
        await using var database = await CreateDatabaseAsync(Cancel);
        await using var db = database.Context();
        Assert.False(db.Database.HasPendingModelChanges(), "Le modèle a changé sans migration : ajoutez-en une (docs/migrations.md).");
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync(Cancel));
        Assert.False(await db.EnsureSchemaAsync(Cancel));
    }

    [Fact]
    public async Task A_database_made_without_migration_history_is_refused_rather_than_half_upgraded()
    {
        await using var database = await CreateDatabaseAsync(Cancel);
        await using (var db = database.Context())
        {
            // What a database created by EnsureCreated (the versions before migrations) looks like: tables, no history.
            await db.Database.ExecuteSqlRawAsync("DROP TABLE \"__EFMigrationsHistory\"", Cancel);
        }

        await using var again = database.Context();
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => again.EnsureSchemaAsync(Cancel));
        Assert.StartsWith("Cette base a été créée par une version sans historique de migrations", error.Message, StringComparison.Ordinal);
        Assert.Empty(await again.Database.GetAppliedMigrationsAsync(Cancel));
    }

    [Fact]
    public async Task An_inventory_round_trips_with_every_property()
    {
        await using var database = await CreateDatabaseAsync(Cancel);
        var store = new InventoryStore(database.Factory, Clock);
        var inventory = SampleInventories.Full("30007");

        var run = await store.SaveAsync(inventory, "inventaire.xlsx", "Aucune erreur.", Cancel);
        var loaded = await store.LoadAsync("30007", Cancel);

        SampleInventories.AssertSame(inventory, loaded);
        Assert.True(run.Succeeded);
        Assert.Equal(2, run.Rows);
        Assert.False(run.BulkCopy);
        var runs = await store.ImportRunsAsync("30007", Cancel);
        var stored = Assert.Single(runs);
        Assert.Equal((ImportRun.InventoryKind, "inventaire.xlsx", "Aucune erreur.", 2, true), (stored.Kind, stored.Source, stored.ValidationReport, stored.Rows, stored.Succeeded));
    }

    [Fact]
    public async Task Enums_are_stored_by_name()
    {
        await using var database = await CreateDatabaseAsync(Cancel);
        await new InventoryStore(database.Factory, Clock).SaveAsync(SampleInventories.Full("30007"), cancellationToken: Cancel);

        await using var db = database.Context();
        var names = await db.Database
            .SqlQueryRaw<string>("SELECT openness_status AS \"Value\" FROM datasets WHERE openness_status IS NOT NULL")
            .ToListAsync(Cancel);
        Assert.Equal(["NotAccessibleProtected"], names);
    }

    [Fact]
    public async Task Saving_again_replaces_the_inventory()
    {
        await using var database = await CreateDatabaseAsync(Cancel);
        var store = new InventoryStore(database.Factory, Clock);
        await store.SaveAsync(SampleInventories.Full("30007"), cancellationToken: Cancel);
        var second = new Inventory("30007", [new Dataset { Id = "budget", Title = "Budget 2027", Keywords = ["finances"] }]);

        await store.SaveAsync(second, cancellationToken: Cancel);

        SampleInventories.AssertSame(second, await store.LoadAsync("30007", Cancel));
        Assert.Equal(1, await database.CountAsync<DatasetKeyword>(Cancel));
        Assert.Equal(0, await database.CountAsync<DatasetDistribution>(Cancel));
    }

    [Fact]
    public async Task Two_territories_inventories_never_mix()
    {
        await using var database = await CreateDatabaseAsync(Cancel);
        var store = new InventoryStore(database.Factory, Clock);
        var ales = SampleInventories.Full("30007");
        // Same dataset identifiers in another territory: they must not collide nor leak.
        var agglomeration = SampleInventories.Full("200066918");
        var other = new Inventory("200066918", agglomeration.Datasets.Select(d => d with { Title = d.Title + " (agglo)" }));

        await store.SaveAsync(ales, cancellationToken: Cancel);
        await store.SaveAsync(other, cancellationToken: Cancel);
        await store.SaveAsync(new Inventory("30189", []), cancellationToken: Cancel);

        SampleInventories.AssertSame(ales, await store.LoadAsync("30007", Cancel));
        SampleInventories.AssertSame(other, await store.LoadAsync("200066918", Cancel));
        Assert.Empty((await store.LoadAsync("30189", Cancel)).Datasets);
        Assert.Empty((await store.LoadAsync("75056", Cancel)).Datasets);
        Assert.Single(await store.ImportRunsAsync("30007", Cancel));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_invalid_dataset_rolls_back_everything(bool bulk)
    {
        await using var database = await CreateDatabaseAsync(Cancel);
        var store = new InventoryStore(database.Factory, Clock) { BulkCopyThreshold = bulk ? 0 : int.MaxValue };
        var previous = SampleInventories.Full("30007");
        await store.SaveAsync(previous, cancellationToken: Cancel);
        // The invalid dataset comes after more than one batch of inserts (or COPY rows) was already sent.
        var datasets = SampleInventories.Large("30007", 1200).Datasets.ToList();
        datasets[1100] = datasets[1100] with { Title = "  " };

        var error = await Assert.ThrowsAsync<InventoryStoreException>(
            () => store.SaveAsync(new Inventory("30007", datasets), "gros.csv", cancellationToken: Cancel));

        Assert.Contains("jeu-01100", error.Message, StringComparison.Ordinal);
        Assert.Contains("titre vide", error.Message, StringComparison.Ordinal);
        SampleInventories.AssertSame(previous, await store.LoadAsync("30007", Cancel));
        Assert.Equal(2, await database.CountAsync<DatasetRecord>(Cancel));
        Assert.Equal(3, await database.CountAsync<DatasetKeyword>(Cancel));
        Assert.Equal(3, await database.CountAsync<DatasetDistribution>(Cancel));
        var runs = await store.ImportRunsAsync("30007", Cancel);
        Assert.Equal([true, false], runs.Select(r => r.Succeeded));
        Assert.Equal(0, runs[1].Rows);
        Assert.Contains("titre vide", runs[1].ValidationReport, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_first_save_leaves_no_dataset()
    {
        await using var database = await CreateDatabaseAsync(Cancel);
        var store = new InventoryStore(database.Factory, Clock);
        var inventory = new Inventory("30007",
        [
            new Dataset { Id = "a", Title = "A", Keywords = ["x"], Distributions = [new Distribution("CSV")] },
            new Dataset { Id = "b", Title = "B", Distributions = [new Distribution(" ")] },
        ]);

        await Assert.ThrowsAsync<InventoryStoreException>(() => store.SaveAsync(inventory, cancellationToken: Cancel));

        Assert.Equal(0, await database.CountAsync<DatasetRecord>(Cancel));
        Assert.Equal(0, await database.CountAsync<DatasetKeyword>(Cancel));
        Assert.Equal(0, await database.CountAsync<DatasetDistribution>(Cancel));
    }

    [Fact]
    public async Task A_database_failure_after_every_row_was_written_rolls_back_everything()
    {
        await using var database = await CreateDatabaseAsync(Cancel);
        var store = new InventoryStore(database.Factory, Clock);
        await using (var db = database.Context())
        {
            // The run is recorded last: without its table the save fails once all datasets were inserted.
            await db.Database.ExecuteSqlRawAsync("DROP TABLE import_runs", Cancel);
        }

        var error = await Assert.ThrowsAsync<InventoryStoreException>(
            () => store.SaveAsync(SampleInventories.Full("30007"), cancellationToken: Cancel));

        Assert.StartsWith("L'inventaire du territoire 30007 n'a pas été enregistré", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.InnerException);
        Assert.Equal(0, await database.CountAsync<DatasetRecord>(Cancel));
        Assert.Equal(0, await database.CountAsync<DatasetKeyword>(Cancel));
        Assert.Equal(0, await database.CountAsync<DatasetDistribution>(Cancel));
    }

    [Fact]
    public async Task A_large_inventory_is_saved_whole_through_the_bulk_path()
    {
        await using var database = await CreateDatabaseAsync(Cancel);
        var store = new InventoryStore(database.Factory, Clock);
        var inventory = SampleInventories.Large("200066918", 2500);

        var run = await store.SaveAsync(inventory, cancellationToken: Cancel);

        // Binary COPY on PostgreSQL; SQLite has no COPY and uses batched inserts.
        Assert.Equal(Provider == StorageProvider.PostgreSql, run.BulkCopy);
        Assert.Equal(2500, run.Rows);
        Assert.Equal(2500, await database.CountAsync<DatasetRecord>(Cancel));
        Assert.Equal(5000, await database.CountAsync<DatasetKeyword>(Cancel));
        Assert.Equal(2500, await database.CountAsync<DatasetDistribution>(Cancel));
        SampleInventories.AssertSame(inventory, await store.LoadAsync("200066918", Cancel));
    }

    [Fact]
    public async Task A_polygon_with_a_hole_round_trips()
    {
        await using var database = await CreateDatabaseAsync(Cancel);
        var factory = new GeometryFactory(new PrecisionModel(), 4326);
        var shell = factory.CreateLinearRing(
        [
            new Coordinate(4.03, 44.10), new Coordinate(4.12, 44.10), new Coordinate(4.12, 44.16),
            new Coordinate(4.03, 44.16), new Coordinate(4.03, 44.10),
        ]);
        var hole = factory.CreateLinearRing(
        [
            new Coordinate(4.06, 44.12), new Coordinate(4.08, 44.12), new Coordinate(4.08, 44.14),
            new Coordinate(4.06, 44.14), new Coordinate(4.06, 44.12),
        ]);
        var polygon = factory.CreatePolygon(shell, [hole]);
        await using (var db = database.Context())
        {
            db.Territories.Add(new Territory { Code = "30007", Kind = TerritoryKind.Commune, Name = "Alès", Geometry = polygon });
            db.Territories.Add(new Territory { Code = "30", Kind = TerritoryKind.Departement, Name = "Gard" });
            await db.SaveChangesAsync(Cancel);
        }

        await using (var db = database.Context())
        {
            var ales = await db.Territories.SingleAsync(t => t.Code == "30007", Cancel);
            Assert.Equal((TerritoryKind.Commune, "Alès"), (ales.Kind, ales.Name));
            var loaded = Assert.IsType<Polygon>(ales.Geometry);
            Assert.Equal(4326, loaded.SRID);
            Assert.Equal(1, loaded.NumInteriorRings);
            Assert.True(polygon.EqualsExact(loaded), $"{polygon} ≠ {loaded}");
            Assert.Equal((4.03, 44.10, 4.12, 44.16), (ales.MinX, ales.MinY, ales.MaxX, ales.MaxY));

            // The bounding-box columns find the territory around a point, on both providers.
            var around = await db.Territories
                .Where(t => t.MinX <= 4.07 && t.MaxX >= 4.07 && t.MinY <= 44.13 && t.MaxY >= 44.13)
                .Select(t => t.Code)
                .ToListAsync(Cancel);
            Assert.Equal(["30007"], around);

            var gard = await db.Territories.SingleAsync(t => t.Code == "30", Cancel);
            Assert.Null(gard.Geometry);
            Assert.Null(gard.MinX);
        }
    }
}
