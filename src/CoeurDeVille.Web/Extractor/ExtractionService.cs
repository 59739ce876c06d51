using CoeurDeVille.Core.Configuration;
using CoeurDeVille.Core.Downloads;
using CoeurDeVille.Core.Territories;
using CoeurDeVille.Core.Territories.Contours;
using CoeurDeVille.Extraction.Engine;
using CoeurDeVille.Extraction.Filters.Spatial;
using CoeurDeVille.Extraction.Sources;
using CoeurDeVille.Web.Extractor.Territories;
using CoeurDeVille.Web.Territories;
using NetTopologySuite.Geometries;

namespace CoeurDeVille.Web.Extractor;

/// <summary>
/// The extraction engine as the web host drives it (the way <c>cdv extraire</c> does): source registry, perimeters
/// from territory references, contours for spatial cuts, download cache. Shared by jobs, previews and refreshes.
/// </summary>
public sealed class ExtractionService
{
    private readonly CdvSettings _settings;
    private readonly DownloadCache _cache;
    private readonly TerritoryDirectoryProvider _territories;
    private readonly TimeProvider _time;
    private readonly HttpClient _http;
    private readonly Lazy<SourceRegistry> _sources;
    private readonly Lazy<Task<ContourStore>> _contours;

    public ExtractionService(CdvSettings settings, DownloadCache cache, TerritoryDirectoryProvider territories, TimeProvider time, IHttpClientFactory http)
    {
        _settings = settings;
        _cache = cache;
        _territories = territories;
        _time = time;
        _http = http.CreateClient(nameof(ExtractionService));
        _sources = new Lazy<SourceRegistry>(() => SourceRegistry.Load(settings.SourcesFile));
        _contours = new Lazy<Task<ContourStore>>(async () => new ContourStore(_settings, _cache, await _territories.GetAsync().ConfigureAwait(false)));
    }

    public SourceRegistry Sources => _sources.Value;

    public DownloadCache Cache => _cache;

    public Task<TerritoryDirectory> TerritoriesAsync(CancellationToken cancellationToken) => _territories.GetAsync(cancellationToken);

    public string LocationOf(SourceDescriptor source) => SourceRegistry.LocationOf(source, _settings.SourcesBaseUrl);

    /// <summary>Cuts <paramref name="sourceId"/> to each territory (one file each, one reading of the source) into <paramref name="folder"/>.</summary>
    public async Task<ExtractionReport> RunAsync(
        string sourceId, IReadOnlyList<TerritoryReference> territories, ExtractionFormatChoice format, string folder,
        IExtractionProgress? progress, CancellationToken cancellationToken)
    {
        var source = Sources.Get(sourceId);
        var directory = await TerritoriesAsync(cancellationToken).ConfigureAwait(false);
        var resolver = new PerimeterResolver(directory);
        var perimeters = territories.Select(t => resolver.Resolve(new PerimeterSpec(t.Kind, t.Code))).ToList();
        var contours = await _contours.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        var runner = new ExtractionRunner(_cache, directory, _time, new PerimeterGeometries(contours), _http);
        var request = new ExtractionRequest(source, LocationOf(source), perimeters, format.Format, folder, format.Excel);
        return await runner.RunAsync(request, progress, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The territory's contour (WGS 84) for the map, or null when the contour files do not have it.</summary>
    public async Task<Geometry?> GeometryAsync(TerritoryReference territory, CancellationToken cancellationToken)
    {
        var contours = await _contours.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        return territory.Kind switch
        {
            PerimeterSpecKind.Commune => await contours.CommuneAsync(territory.Code, cancellationToken).ConfigureAwait(false),
            PerimeterSpecKind.Epci => await contours.EpciAsync(territory.Code, cancellationToken).ConfigureAwait(false),
            PerimeterSpecKind.Departement => await contours.DepartementAsync(territory.Code, cancellationToken).ConfigureAwait(false),
            _ => null,
        };
    }
}
