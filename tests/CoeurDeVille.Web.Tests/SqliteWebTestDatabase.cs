namespace CoeurDeVille.Web.Tests;

/// <summary>A SQLite file in a fresh data folder, deleted with it.</summary>
public sealed class SqliteWebTestDatabase : WebTestDatabase
{
    private SqliteWebTestDatabase(string dataFolder)
        : base("Data Source=cdv.db;Pooling=False", dataFolder)
    {
    }

    public static WebTestDatabase Create() =>
        new SqliteWebTestDatabase(Path.Combine(Path.GetTempPath(), "cdv-web-tests", Guid.NewGuid().ToString("N")));

    public override ValueTask DisposeAsync()
    {
        try
        {
            if (Directory.Exists(DataFolder))
            {
                Directory.Delete(DataFolder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A handle still open after a failed test; the OS temp cleaner takes it.
        }

        return ValueTask.CompletedTask;
    }
}
