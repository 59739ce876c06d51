using CoeurDeVille.Core.Catalogue;
using CoeurDeVille.Storage.Extracts;
using CoeurDeVille.Storage.Inventories;
using Xunit;

namespace CoeurDeVille.Storage.Tests.Extracts;

/// <summary>Published extractions and their versions, on each provider (derived classes).</summary>
public abstract class ExtractPublicationStoreTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 2, 6, 0, 0, TimeSpan.Zero);

    protected abstract Task<TestDatabase> CreateDatabaseAsync(CancellationToken cancellationToken);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Publishing_upserts_the_dataset_and_numbers_versions_while_keeping_other_datasets()
    {
        await using var database = await CreateDatabaseAsync(Cancel);
        var inventories = new InventoryStore(database.Factory, TimeProvider.System);
        await inventories.SaveAsync(SampleInventories.Full("30007"), "tests", cancellationToken: Cancel);
        var before = await inventories.LoadAsync("30007", Cancel);
        var store = new ExtractPublicationStore(database.Factory);

        var first = await store.PublishAsync(Dataset("v1"), Definition(), Version("a"), Cancel);
        var second = await store.PublishAsync(Dataset("v2"), Definition(), Version("b"), Cancel);

        Assert.Equal((1, 2), (first, second));
        var after = await inventories.LoadAsync("30007", Cancel);
        Assert.Equal(before.Datasets.Count + 1, after.Datasets.Count);
        Assert.Equal(before.Datasets.Select(d => d.Id), after.Datasets.Take(before.Datasets.Count).Select(d => d.Id));
        var published = after.Datasets[^1];
        Assert.Equal("extrait-catnat", published.Id);
        Assert.Equal("/fichiers/v2", published.Distributions[0].Url);
        Assert.Equal(OpennessStatus.AlreadyOpen, published.OpennessStatus);
        var versions = await store.VersionsAsync("30007", "extrait-catnat", Cancel);
        Assert.Equal([2, 1], versions.Select(v => v.Number));
        Assert.Equal("b", versions[0].OutputSha256);
        Assert.Equal(2, (await store.DefinitionAsync("30007", "extrait-catnat", Cancel))!.CurrentVersion);
        Assert.Equal("a", (await store.VersionAsync("30007", "extrait-catnat", 1, Cancel))!.OutputSha256);
    }

    [Fact]
    public async Task A_check_without_change_moves_the_date_and_adds_no_version()
    {
        await using var database = await CreateDatabaseAsync(Cancel);
        var store = new ExtractPublicationStore(database.Factory);
        await store.PublishAsync(Dataset("v1"), Definition(), Version("a"), Cancel);

        await store.MarkCheckedAsync("30007", "extrait-catnat", Monday.AddDays(1), cancellationToken: Cancel);

        var definition = await store.DefinitionAsync("30007", "extrait-catnat", Cancel);
        Assert.Equal(Monday.AddDays(1), definition!.LastCheckedAt);
        Assert.Equal("source-1", definition.SourceSha256);
        Assert.Single(await store.VersionsAsync("30007", "extrait-catnat", Cancel));
    }

    [Fact]
    public async Task An_invalid_dataset_stores_nothing()
    {
        await using var database = await CreateDatabaseAsync(Cancel);
        var store = new ExtractPublicationStore(database.Factory);

        await Assert.ThrowsAsync<InventoryStoreException>(() => store.PublishAsync(Dataset("v1") with { Title = "" }, Definition(), Version("a"), Cancel));

        Assert.Equal(0, await database.CountAsync<DatasetVersion>(Cancel));
        Assert.Equal(0, await database.CountAsync<PublishedExtraction>(Cancel));
        Assert.Equal(0, await database.CountAsync<DatasetRecord>(Cancel));
    }

    private static Dataset Dataset(string version) => new()
    {
        Id = "extrait-catnat",
        Title = "Arrêtés CatNat — Alès",
        Licence = "Licence Ouverte 2.0",
        OpennessStatus = OpennessStatus.AlreadyOpen,
        Distributions = [new Distribution("CSV", "/fichiers/" + version)],
    };

    private static PublishedExtraction Definition() => new()
    {
        InventoryTerritoryCode = "30007",
        DatasetId = "extrait-catnat",
        SourceId = "catnat",
        Perimeter = "commune:30007",
        Format = "csv",
        Schedule = "quotidienne",
        PublishedAt = Monday,
        LastCheckedAt = Monday,
        SourceSha256 = "source-1",
    };

    private static DatasetVersion Version(string outputSha) => new()
    {
        InventoryTerritoryCode = "30007",
        DatasetId = "extrait-catnat",
        RetrievedAt = Monday,
        SourceSha256 = "source-1",
        OutputSha256 = outputSha,
        RowCount = 19,
        RowsAdded = 19,
        FileName = "catnat_commune-30007.csv",
        FileKey = "catalogue/30007/extrait-catnat/x/catnat_commune-30007.csv",
    };
}
