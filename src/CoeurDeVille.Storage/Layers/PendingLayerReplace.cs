namespace CoeurDeVille.Storage.Layers;

/// <summary>
/// A layer replace started by <see cref="LayerStore.BeginReplaceAsync"/> and not visible yet: <see cref="CommitAsync"/>
/// makes it so; disposing it without committing leaves the layer as it was.
/// </summary>
public sealed class PendingLayerReplace : IAsyncDisposable
{
    private readonly Func<CancellationToken, Task<LayerInfo>> _commit;
    private readonly Func<ValueTask> _dispose;

    internal PendingLayerReplace(Func<CancellationToken, Task<LayerInfo>> commit, Func<ValueTask> dispose)
    {
        _commit = commit;
        _dispose = dispose;
    }

    public Task<LayerInfo> CommitAsync(CancellationToken cancellationToken = default) => _commit(cancellationToken);

    public ValueTask DisposeAsync() => _dispose();
}
