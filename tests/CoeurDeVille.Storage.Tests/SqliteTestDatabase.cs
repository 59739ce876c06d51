namespace CoeurDeVille.Storage.Tests;

/// <summary>A SQLite file in a fresh data folder, deleted with it.</summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    private SqliteTestDatabase(string dataFolder)
        : base(new CdvDbContextFactory("Data Source=cdv.db;Pooling=False", dataFolder))
    {
        DataFolder = dataFolder;
    }

    public string DataFolder { get; }

    public static async Task<TestDatabase> CreateAsync(CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), "cdv-storage-tests", Guid.NewGuid().ToString("N"));
        var database = new SqliteTestDatabase(folder);
        await database.CreateSchemaAsync(cancellationToken);
        return database;
    }

    public override ValueTask DisposeAsync()
    {
        if (Directory.Exists(DataFolder))
        {
            Directory.Delete(DataFolder, recursive: true);
        }

        return ValueTask.CompletedTask;
    }
}
