using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CoeurDeVille.Storage.Tests;

public sealed class SqliteStorageTests : StorageTests
{
    protected override StorageProvider Provider => StorageProvider.Sqlite;

    protected override Task<TestDatabase> CreateDatabaseAsync(CancellationToken cancellationToken) =>
        SqliteTestDatabase.CreateAsync(cancellationToken);

    [Fact]
    public async Task Geometry_is_stored_as_wkb_with_bounding_box_columns()
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var database = await CreateDatabaseAsync(cancel);
        await using var db = database.Context();

        var columns = await db.Database.SqlQueryRaw<string>(
            "SELECT name || ' ' || type AS \"Value\" FROM pragma_table_info('territories') ORDER BY cid").ToListAsync(cancel);

        Assert.Contains("geometry BLOB", columns);
        Assert.Contains("min_x REAL", columns);
        Assert.Contains("max_y REAL", columns);
    }
}
