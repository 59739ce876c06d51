using System.Data.Common;
using CoeurDeVille.Core.Catalogue;
using CoeurDeVille.Storage.Imports;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace CoeurDeVille.Storage.Inventories;

/// <summary>
/// Saves and loads territories' data inventories. A save replaces the territory's inventory in one transaction:
/// all datasets or none, an invalid dataset aborting everything. Each save leaves an <see cref="ImportRun"/>, a failed
/// one too (with the reason). On PostgreSQL, inventories larger than <see cref="BulkCopyThreshold"/> go through
/// binary COPY.
/// </summary>
public sealed class InventoryStore(IDbContextFactory<CdvDbContext> contexts, TimeProvider timeProvider)
{
    private const int InsertBatchSize = 500;

    /// <summary>Above this many datasets, PostgreSQL saves use binary COPY instead of batched inserts.</summary>
    public int BulkCopyThreshold { get; init; } = 1000;

    /// <summary>
    /// Replaces the inventory of <see cref="Inventory.TerritoryCode"/> with <paramref name="inventory"/>. Throws an
    /// <see cref="InventoryStoreException"/> (French message) when a dataset is invalid; then nothing is written but
    /// the failed <see cref="ImportRun"/>.
    /// </summary>
    public async Task<ImportRun> SaveAsync(
        Inventory inventory,
        string? source = null,
        string? validationReport = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        if (string.IsNullOrWhiteSpace(inventory.TerritoryCode))
        {
            throw new InventoryStoreException("Inventaire sans code de territoire : rien n'a été enregistré.");
        }

        var startedAt = timeProvider.GetUtcNow();
        var territory = inventory.TerritoryCode;
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var bulk = db.Database.IsNpgsql() && inventory.Datasets.Count > BulkCopyThreshold;
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

            await db.DatasetKeywords.Where(k => k.InventoryTerritoryCode == territory).ExecuteDeleteAsync(cancellationToken);
            await db.DatasetDistributions.Where(d => d.InventoryTerritoryCode == territory).ExecuteDeleteAsync(cancellationToken);
            await db.Datasets.Where(d => d.InventoryTerritoryCode == territory).ExecuteDeleteAsync(cancellationToken);

            if (bulk)
            {
                await CopyAsync((NpgsqlConnection)db.Database.GetDbConnection(), inventory, cancellationToken);
            }
            else
            {
                await InsertAsync(db, inventory, cancellationToken);
            }

            var run = new ImportRun
            {
                Kind = ImportRun.InventoryKind,
                TerritoryCode = territory,
                Source = source,
                StartedAt = startedAt,
                FinishedAt = timeProvider.GetUtcNow(),
                Rows = inventory.Datasets.Count,
                Succeeded = true,
                BulkCopy = bulk,
                ValidationReport = validationReport,
            };
            db.ImportRuns.Add(run);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return run;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var reason = e is InventoryStoreException ? e.Message : $"Erreur de la base de données : {e.Message}";
            await RecordFailureAsync(territory, source, validationReport, startedAt, reason);
            if (e is InventoryStoreException)
            {
                throw;
            }

            throw new InventoryStoreException(
                $"L'inventaire du territoire {territory} n'a pas été enregistré (rien n'a été écrit) : {e.Message}", e);
        }
    }

    /// <summary>
    /// Creates or replaces one dataset of <paramref name="territoryCode"/>'s inventory in one transaction, leaving the
    /// other datasets as they are (a replaced dataset keeps its position).
    /// </summary>
    public async Task UpsertDatasetAsync(string territoryCode, Dataset dataset, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await DatasetUpsert.ApplyAsync(db, territoryCode, dataset, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The inventory of a territory, datasets in their saved order; empty when none was saved.</summary>
    public async Task<Inventory> LoadAsync(string territoryCode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(territoryCode);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var records = await db.Datasets
            .AsNoTracking()
            .Where(d => d.InventoryTerritoryCode == territoryCode)
            .Include(d => d.Keywords)
            .Include(d => d.Distributions)
            .AsSplitQuery()
            .OrderBy(d => d.Position)
            .ToListAsync(cancellationToken);
        return new Inventory(territoryCode, records.Select(r => r.ToDataset()));
    }

    /// <summary>The import runs of a territory, oldest first.</summary>
    public async Task<IReadOnlyList<ImportRun>> ImportRunsAsync(string territoryCode, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ImportRuns.AsNoTracking()
            .Where(r => r.TerritoryCode == territoryCode)
            .OrderBy(r => r.Id)
            .ToListAsync(cancellationToken);
    }

    private async Task RecordFailureAsync(string territory, string? source, string? validationReport, DateTimeOffset startedAt, string reason)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
            db.ImportRuns.Add(new ImportRun
            {
                Kind = ImportRun.InventoryKind,
                TerritoryCode = territory,
                Source = source,
                StartedAt = startedAt,
                FinishedAt = timeProvider.GetUtcNow(),
                Rows = 0,
                Succeeded = false,
                ValidationReport = string.IsNullOrEmpty(validationReport) ? reason : $"{validationReport}\n{reason}",
            });
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (Exception e) when (e is DbException or DbUpdateException or InvalidOperationException)
        {
            // The base itself is failing: the original error is the one to report.
        }
    }

    private static async Task InsertAsync(CdvDbContext db, Inventory inventory, CancellationToken cancellationToken)
    {
        for (var i = 0; i < inventory.Datasets.Count; i++)
        {
            var dataset = inventory.Datasets[i];
            Validate(dataset, i);
            db.Datasets.Add(DatasetRecord.From(inventory.TerritoryCode, i, dataset));
            if ((i + 1) % InsertBatchSize == 0)
            {
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    private static async Task CopyAsync(NpgsqlConnection connection, Inventory inventory, CancellationToken cancellationToken)
    {
        var territory = inventory.TerritoryCode;
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY datasets (inventory_territory_code, dataset_id, position, title, description, theme, producer_name, "
            + "producer_siret, producer_alternate_id, producer_service, information_system, producer_type, openness_status, "
            + "blocker_reason, publisher_name, publisher_siret, licence, schema, update_frequency, contact_email, "
            + "service_contact_email, created, modified, coverage_start, coverage_end, spatial_coverage, "
            + "spatial_granularity, landing_page, territory_code) FROM STDIN (FORMAT BINARY)",
            cancellationToken))
        {
            for (var i = 0; i < inventory.Datasets.Count; i++)
            {
                var d = inventory.Datasets[i];
                Validate(d, i);
                await writer.StartRowAsync(cancellationToken);
                await writer.WriteAsync(territory, NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(d.Id, NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(i, NpgsqlDbType.Integer, cancellationToken);
                await writer.WriteAsync(d.Title, NpgsqlDbType.Text, cancellationToken);
                await WriteTextAsync(writer, d.Description, cancellationToken);
                await WriteTextAsync(writer, d.Theme, cancellationToken);
                await WriteTextAsync(writer, d.ProducerName, cancellationToken);
                await WriteTextAsync(writer, d.ProducerSiret, cancellationToken);
                await WriteTextAsync(writer, d.ProducerAlternateId, cancellationToken);
                await WriteTextAsync(writer, d.ProducerService, cancellationToken);
                await WriteTextAsync(writer, d.InformationSystem, cancellationToken);
                await WriteTextAsync(writer, d.ProducerType?.ToString(), cancellationToken);
                await WriteTextAsync(writer, d.OpennessStatus?.ToString(), cancellationToken);
                await WriteTextAsync(writer, d.BlockerReason, cancellationToken);
                await WriteTextAsync(writer, d.PublisherName, cancellationToken);
                await WriteTextAsync(writer, d.PublisherSiret, cancellationToken);
                await WriteTextAsync(writer, d.Licence, cancellationToken);
                await WriteTextAsync(writer, d.Schema, cancellationToken);
                await WriteTextAsync(writer, d.UpdateFrequency, cancellationToken);
                await WriteTextAsync(writer, d.ContactEmail, cancellationToken);
                await WriteTextAsync(writer, d.ServiceContactEmail, cancellationToken);
                await WriteDateAsync(writer, d.Created, cancellationToken);
                await WriteDateAsync(writer, d.Modified, cancellationToken);
                await WriteDateAsync(writer, d.CoverageStart, cancellationToken);
                await WriteDateAsync(writer, d.CoverageEnd, cancellationToken);
                await WriteTextAsync(writer, d.SpatialCoverage, cancellationToken);
                await WriteTextAsync(writer, d.SpatialGranularity, cancellationToken);
                await WriteTextAsync(writer, d.LandingPage, cancellationToken);
                await WriteTextAsync(writer, d.TerritoryCode, cancellationToken);
            }

            await writer.CompleteAsync(cancellationToken);
        }

        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY dataset_keywords (inventory_territory_code, dataset_id, position, value) FROM STDIN (FORMAT BINARY)",
            cancellationToken))
        {
            foreach (var d in inventory.Datasets)
            {
                for (var k = 0; k < d.Keywords.Count; k++)
                {
                    await writer.StartRowAsync(cancellationToken);
                    await writer.WriteAsync(territory, NpgsqlDbType.Text, cancellationToken);
                    await writer.WriteAsync(d.Id, NpgsqlDbType.Text, cancellationToken);
                    await writer.WriteAsync(k, NpgsqlDbType.Integer, cancellationToken);
                    await writer.WriteAsync(d.Keywords[k], NpgsqlDbType.Text, cancellationToken);
                }
            }

            await writer.CompleteAsync(cancellationToken);
        }

        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY dataset_distributions (inventory_territory_code, dataset_id, position, format, url, title) FROM STDIN (FORMAT BINARY)",
            cancellationToken))
        {
            foreach (var d in inventory.Datasets)
            {
                for (var k = 0; k < d.Distributions.Count; k++)
                {
                    var distribution = d.Distributions[k];
                    await writer.StartRowAsync(cancellationToken);
                    await writer.WriteAsync(territory, NpgsqlDbType.Text, cancellationToken);
                    await writer.WriteAsync(d.Id, NpgsqlDbType.Text, cancellationToken);
                    await writer.WriteAsync(k, NpgsqlDbType.Integer, cancellationToken);
                    await writer.WriteAsync(distribution.Format, NpgsqlDbType.Text, cancellationToken);
                    await WriteTextAsync(writer, distribution.Url, cancellationToken);
                    await WriteTextAsync(writer, distribution.Title, cancellationToken);
                }
            }

            await writer.CompleteAsync(cancellationToken);
        }
    }

    private static Task WriteTextAsync(NpgsqlBinaryImporter writer, string? value, CancellationToken cancellationToken) =>
        value is null ? writer.WriteNullAsync(cancellationToken) : writer.WriteAsync(value, NpgsqlDbType.Text, cancellationToken);

    private static Task WriteDateAsync(NpgsqlBinaryImporter writer, DateOnly? value, CancellationToken cancellationToken) =>
        value is { } date ? writer.WriteAsync(date, NpgsqlDbType.Date, cancellationToken) : writer.WriteNullAsync(cancellationToken);

    /// <summary>Rejects what the base could store but the catalogue must not hold.</summary>
    private static void Validate(Dataset dataset, int index)
    {
        if (string.IsNullOrWhiteSpace(dataset.Id))
        {
            throw new InventoryStoreException($"Jeu de données n° {index + 1} : identifiant vide ; rien n'a été enregistré.");
        }

        if (string.IsNullOrWhiteSpace(dataset.Title))
        {
            throw new InventoryStoreException($"Jeu de données « {dataset.Id} » : titre vide ; rien n'a été enregistré.");
        }

        if (dataset.Keywords.Any(k => string.IsNullOrWhiteSpace(k)))
        {
            throw new InventoryStoreException($"Jeu de données « {dataset.Id} » : mot-clé vide ; rien n'a été enregistré.");
        }

        if (dataset.Distributions.Any(d => d is null || string.IsNullOrWhiteSpace(d.Format)))
        {
            throw new InventoryStoreException($"Jeu de données « {dataset.Id} » : distribution sans format ; rien n'a été enregistré.");
        }
    }
}
