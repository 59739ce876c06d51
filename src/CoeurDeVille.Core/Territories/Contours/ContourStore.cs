using System.Collections.Concurrent;
using CoeurDeVille.Core.Configuration;
using CoeurDeVille.Core.Downloads;
using CoeurDeVille.Core.Geometries;
using NetTopologySuite.Geometries;

namespace CoeurDeVille.Core.Territories.Contours;

/// <summary>
/// Contours of communes, EPCI and départements in WGS 84 (SRID 4326), fetched per département through the
/// <see cref="TerritorySettings"/> URL templates, parsed once and kept in memory.
/// </summary>
/// <remarks>
/// The published contours are of COG 2018 while codes are of the directory's COG (2026): each current commune is
/// the union of the 2018 features whose code is its own, one of its <see cref="Commune.FormerCodes"/>, or a code
/// that <see cref="TerritoryDirectory.FormerCodes"/> (or a municipal arrondissement) maps to it. What could and
/// could not be built is in <see cref="Reports"/>. Thread-safe; returned geometries are copies the caller may change.
/// </remarks>
public sealed class ContourStore
{
    private readonly TerritorySettings _settings;
    private readonly DownloadCache _cache;
    private readonly TerritoryDirectory _directory;
    private readonly Dictionary<string, List<string>> _otherCodesOf;
    private readonly ConcurrentDictionary<string, Lazy<Task<DepartementContours>>> _communeFiles = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<Task<Geometry?>>> _departements = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ContourBuildReport> _reports = new(StringComparer.Ordinal);

    public ContourStore(TerritorySettings settings, DownloadCache cache, TerritoryDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(cache);
        ArgumentNullException.ThrowIfNull(directory);
        _settings = settings;
        _cache = cache;
        _directory = directory;
        _otherCodesOf = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (former, current) in directory.FormerCodes.Concat(directory.Arrondissements))
        {
            if (!_otherCodesOf.TryGetValue(current, out var list))
            {
                _otherCodesOf[current] = list = [];
            }

            list.Add(former);
        }
    }

    public ContourStore(CdvSettings settings, DownloadCache cache, TerritoryDirectory directory)
        : this((settings ?? throw new ArgumentNullException(nameof(settings))).Territoires, cache, directory)
    {
    }

    /// <summary>Build reports of the départements loaded so far, by département code.</summary>
    public IReadOnlyList<ContourBuildReport> Reports => [.. _reports.Values.OrderBy(r => r.DepartementCode, StringComparer.Ordinal)];

    /// <summary>
    /// Contour of a commune (current code, or a former / arrondissement code resolved to today's commune).
    /// Null when the code is unknown or no 2018 feature could be found for it.
    /// </summary>
    /// <exception cref="SourceUnreachableException">The département's commune contours cannot be fetched.</exception>
    public async Task<Geometry?> CommuneAsync(string code, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (_directory.Resolve(code, out var current) == CommuneCodeResolution.Unknown || _directory.FindCommune(current) is not { } commune)
        {
            return null;
        }

        var contours = await CommunesOfAsync(commune.DepartementCode, cancellationToken).ConfigureAwait(false);
        return contours.Communes.GetValueOrDefault(current)?.Copy();
    }

    /// <summary>
    /// Contour of a département: the published one, or — when it is unavailable (404, unreachable) — the union of its
    /// communes, as the département's report then says. Null for an unknown code.
    /// </summary>
    public async Task<Geometry?> DepartementAsync(string code, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(code);
        var normalized = code.Length == 1 ? "0" + code : code.ToUpperInvariant();
        if (_directory.FindDepartement(normalized) is null)
        {
            return null;
        }

        var geometry = await Shared(_departements, normalized, () => LoadDepartementAsync(normalized, cancellationToken)).ConfigureAwait(false);
        return geometry?.Copy();
    }

    /// <summary>
    /// Contour of an EPCI: union of its member communes, fetched from as many départements as they span.
    /// Members without a contour are left out (see <see cref="Reports"/>). Null for an unknown SIREN or no contour at all.
    /// </summary>
    public async Task<Geometry?> EpciAsync(string siren, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(siren);
        if (_directory.FindEpci(siren) is not { } epci)
        {
            return null;
        }

        var parts = new List<Geometry>(epci.MemberCodes.Count);
        foreach (var member in epci.MemberCodes)
        {
            if (_directory.FindCommune(member) is not { } commune)
            {
                continue;
            }

            var contours = await CommunesOfAsync(commune.DepartementCode, cancellationToken).ConfigureAwait(false);
            if (contours.Communes.TryGetValue(member, out var geometry))
            {
                parts.Add(geometry);
            }
        }

        return PerimeterGeometry.Union(parts);
    }

    /// <summary>Loads a département's commune contours if needed and returns its build report.</summary>
    public async Task<ContourBuildReport> ReportAsync(string departementCode, CancellationToken cancellationToken = default)
    {
        await CommunesOfAsync(departementCode, cancellationToken).ConfigureAwait(false);
        return _reports[departementCode];
    }

    private Task<DepartementContours> CommunesOfAsync(string departementCode, CancellationToken cancellationToken) =>
        Shared(_communeFiles, departementCode, () => LoadCommunesAsync(departementCode, cancellationToken));

    /// <summary>One load per key even under concurrent callers; a failed load is forgotten so it can be retried.</summary>
    private static async Task<T> Shared<T>(ConcurrentDictionary<string, Lazy<Task<T>>> cache, string key, Func<Task<T>> load)
    {
        var lazy = cache.GetOrAdd(key, _ => new Lazy<Task<T>>(load));
        try
        {
            return await lazy.Value.ConfigureAwait(false);
        }
        catch
        {
            cache.TryRemove(new KeyValuePair<string, Lazy<Task<T>>>(key, lazy));
            throw;
        }
    }

    private async Task<DepartementContours> LoadCommunesAsync(string departementCode, CancellationToken cancellationToken)
    {
        var departement = _directory.FindDepartement(departementCode)
            ?? throw new ArgumentException($"Département inconnu : {departementCode}.", nameof(departementCode));
        var url = Expand(_settings.ContoursCommunes, departement);
        var file = await _cache.FetchAsync(url, cancellationToken: cancellationToken).ConfigureAwait(false);
        var features = ReadFeatures(file.Path, url);
        var built = new ContourBuilder(_directory, _otherCodesOf).Build(departement, features);
        _reports[departement.Code] = built.Report;
        return built;
    }

    private async Task<Geometry?> LoadDepartementAsync(string departementCode, CancellationToken cancellationToken)
    {
        var departement = _directory.FindDepartement(departementCode)!;
        var url = Expand(_settings.ContoursDepartement, departement);
        string? note = null;
        Geometry? geometry = null;
        try
        {
            var file = await _cache.FetchAsync(url, cancellationToken: cancellationToken).ConfigureAwait(false);
            geometry = PerimeterGeometry.Union(ReadFeatures(file.Path, url).Values);
            if (geometry is null)
            {
                note = $"Contour du département vide ({url}) : union des contours des communes utilisée.";
            }
        }
        catch (Exception exception) when (exception is SourceUnreachableException or FileNotFoundException or HttpRequestException)
        {
            note = $"Contour du département indisponible ({exception.Message}) : union des contours des communes utilisée.";
        }

        var contours = await CommunesOfAsync(departementCode, cancellationToken).ConfigureAwait(false);
        if (geometry is null)
        {
            geometry = PerimeterGeometry.Union(contours.Communes.Values);
        }

        _reports.AddOrUpdate(
            departementCode,
            _ => contours.Report,
            (_, report) => report with
            {
                Departement = note is null ? DepartementContourSource.Published : DepartementContourSource.UnionOfCommunes,
                DepartementNote = note,
            });
        return geometry;
    }

    private static string Expand(string template, Departement departement) =>
        template.Replace("{code}", departement.Code, StringComparison.Ordinal)
            .Replace("{slug}", TerritorySlug.Of(departement.Name), StringComparison.Ordinal);

    /// <summary>Features by their <c>code</c> property (features sharing a code are united), in WGS 84.</summary>
    private static Dictionary<string, Geometry> ReadFeatures(string path, string source)
    {
        using var stream = File.OpenRead(path);
        var (epsg, features) = GeoJsonFeatureReader.Read(stream, source);
        var byCode = new Dictionary<string, List<Geometry>>(StringComparer.Ordinal);
        foreach (var feature in features)
        {
            if (feature.Geometry is not { IsEmpty: false } geometry)
            {
                continue;
            }

            var code = feature.Properties.GetValueOrDefault("code") ?? feature.Id ?? "";
            if (!byCode.TryGetValue(code, out var list))
            {
                byCode[code] = list = [];
            }

            list.Add(epsg == CrsRegistry.Wgs84 ? geometry : GeometryReprojector.Shared.Transform(geometry, epsg, CrsRegistry.Wgs84));
        }

        return byCode.ToDictionary(pair => pair.Key, pair => PerimeterGeometry.Union(pair.Value)!, StringComparer.Ordinal);
    }
}
