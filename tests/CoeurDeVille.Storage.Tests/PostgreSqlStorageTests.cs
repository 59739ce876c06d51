using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CoeurDeVille.Storage.Tests;

public sealed class PostgreSqlStorageTests : StorageTests
{
    protected override StorageProvider Provider => StorageProvider.PostgreSql;

    protected override Task<TestDatabase> CreateDatabaseAsync(CancellationToken cancellationToken) =>
        PostgreSqlTestDatabase.CreateAsync(cancellationToken);

    [Fact]
    public async Task Geometry_is_a_postgis_column_in_wgs84_with_a_gist_index()
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var database = await CreateDatabaseAsync(cancel);
        await using var db = database.Context();

        var type = await db.Database.SqlQueryRaw<string>(
            "SELECT format_type(atttypid, atttypmod) AS \"Value\" FROM pg_attribute " +
            "WHERE attrelid = 'territories'::regclass AND attname = 'geometry'").SingleAsync(cancel);
        var method = await db.Database.SqlQueryRaw<string>(
            "SELECT am.amname AS \"Value\" FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid " +
            "JOIN pg_am am ON am.oid = c.relam JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey) " +
            "WHERE i.indrelid = 'territories'::regclass AND a.attname = 'geometry'").SingleAsync(cancel);

        Assert.Equal("geometry(Geometry,4326)", type);
        Assert.Equal("gist", method);
    }
}
