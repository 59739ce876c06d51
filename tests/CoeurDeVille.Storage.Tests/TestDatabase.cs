using Microsoft.EntityFrameworkCore;

namespace CoeurDeVille.Storage.Tests;

/// <summary>A database made for one test and removed after it.</summary>
public abstract class TestDatabase : IAsyncDisposable
{
    protected TestDatabase(CdvDbContextFactory factory)
    {
        Factory = factory;
    }

    public CdvDbContextFactory Factory { get; }

    public CdvDbContext Context() => Factory.CreateDbContext();

    public async Task CreateSchemaAsync(CancellationToken cancellationToken)
    {
        await using var db = Context();
        await db.EnsureSchemaAsync(cancellationToken);
    }

    public async Task<int> CountAsync<T>(CancellationToken cancellationToken)
        where T : class
    {
        await using var db = Context();
        return await db.Set<T>().CountAsync(cancellationToken);
    }

    public abstract ValueTask DisposeAsync();
}
