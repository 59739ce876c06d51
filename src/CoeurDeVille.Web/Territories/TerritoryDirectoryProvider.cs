using CoeurDeVille.Core.Configuration;
using CoeurDeVille.Core.Downloads;
using CoeurDeVille.Core.Territories;

namespace CoeurDeVille.Web.Territories;

/// <summary>
/// The COG territories (communes, EPCI, départements, régions), loaded once on first use from the configured
/// <c>Cdv:Territoires</c> source — the npm tarball of <c>@etalab/decoupage-administratif</c> by default, a local folder
/// in tests — and shared by every request.
/// </summary>
public sealed class TerritoryDirectoryProvider
{
    private readonly Lazy<Task<TerritoryDirectory>> _directory;

    public TerritoryDirectoryProvider(CdvSettings settings, DownloadCache cache)
    {
        _directory = new Lazy<Task<TerritoryDirectory>>(
            () => new TerritoryLoader(settings, cache).LoadAsync(CancellationToken.None),
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The directory; the first call downloads and reads the files (a few seconds), later calls return at once.</summary>
    public Task<TerritoryDirectory> GetAsync(CancellationToken cancellationToken = default) =>
        _directory.Value.WaitAsync(cancellationToken);
}
