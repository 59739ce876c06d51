using Xunit;

namespace CoeurDeVille.Storage.Tests;

public sealed class CdvDbContextFactoryTests
{
    [Theory]
    [InlineData("Data Source=cdv.db", StorageProvider.Sqlite)]
    [InlineData("DataSource=/var/lib/cdv/cdv.db;Cache=Shared", StorageProvider.Sqlite)]
    [InlineData("Host=db;Port=5432;Database=cdv;Username=cdv", StorageProvider.PostgreSql)]
    [InlineData("host=db;database=cdv", StorageProvider.PostgreSql)]
    public void The_connection_string_names_the_provider(string connectionString, StorageProvider expected)
    {
        Assert.Equal(expected, CdvDbContextFactory.ProviderOf(connectionString));
    }

    [Fact]
    public void An_unknown_connection_string_is_refused_in_french()
    {
        var error = Assert.Throws<ArgumentException>(() => CdvDbContextFactory.ProviderOf("Password=x"));
        Assert.StartsWith("Chaîne de connexion non reconnue", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_relative_sqlite_file_goes_in_the_data_folder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "cdv-storage-tests", Guid.NewGuid().ToString("N"), "données");
        try
        {
            var factory = new CdvDbContextFactory("Data Source=base/cdv.db;Pooling=False", folder);
            await using (var db = factory.CreateDbContext())
            {
                Assert.True(await db.EnsureSchemaAsync(TestContext.Current.CancellationToken));
            }

            Assert.True(File.Exists(Path.Combine(folder, "base", "cdv.db")));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(folder)!, recursive: true);
        }
    }
}
