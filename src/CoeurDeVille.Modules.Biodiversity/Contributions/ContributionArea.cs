using System.Collections.Concurrent;
using CoeurDeVille.Core.Configuration;
using CoeurDeVille.Core.Downloads;
using CoeurDeVille.Core.Territories;
using CoeurDeVille.Core.Territories.Contours;
using CoeurDeVille.Modules.Biodiversity.Communes;

namespace CoeurDeVille.Modules.Biodiversity.Contributions;

/// <summary>
/// Where a submitted position falls: the commune of the territory (commune, EPCI or département) that contains it,
/// from the configured commune contours (<c>Cdv:Territoires:ContoursCommunes</c>, the ones the extractor uses). The
/// locator of a territory is built once and kept. The COG directory comes from the host (its own loaded copy).
/// </summary>
public sealed class ContributionArea(CdvSettings settings, DownloadCache cache, Func<CancellationToken, Task<TerritoryDirectory>> directory)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<(CommuneLocator Locator, IReadOnlyList<string> Departements)>>> _territories = new(StringComparer.Ordinal);
    private ContourStore? _contours;

    /// <summary>
    /// Whether the position lies in the territory and, if so, in which commune. When no contour of the territory could be
    /// read (source unreachable), the position is only checked to lie within metropolitan France (Lambert-93's area of
    /// use) and has no commune: it then counts in the cells, not in commune figures.
    /// </summary>
    public async Task<(bool Inside, string? Insee)> LocateAsync(string territoryCode, double longitude, double latitude, CancellationToken cancellationToken)
    {
        var (locator, _) = await TerritoryAsync(territoryCode, cancellationToken);
        if (locator.Count == 0)
        {
            return (!Grid.Lambert93Grid.Place(longitude, latitude, 4326).OutsideGrid, null);
        }

        return locator.Locate(longitude, latitude) is { } insee ? (true, insee) : (false, null);
    }

    /// <summary>Départements the territory lies in (for the sensitivity rules of the autocomplete).</summary>
    public async Task<IReadOnlyList<string>> DepartementsAsync(string territoryCode, CancellationToken cancellationToken) =>
        (await TerritoryAsync(territoryCode, cancellationToken)).Item2;

    /// <summary>The name of a commune (COG), or null.</summary>
    public async Task<string?> CommuneNameAsync(string insee, CancellationToken cancellationToken) =>
        (await directory(cancellationToken)).FindCommune(insee)?.Name;

    private Task<(CommuneLocator, IReadOnlyList<string>)> TerritoryAsync(string territoryCode, CancellationToken cancellationToken) =>
        _territories.GetOrAdd(territoryCode, code => new(() => BuildAsync(code))).Value.WaitAsync(cancellationToken);

    private async Task<(CommuneLocator, IReadOnlyList<string>)> BuildAsync(string code)
    {
        var cog = await directory(CancellationToken.None);
        IReadOnlyList<Commune> communes = cog.FindCommune(code) is { } single ? [single]
            : cog.FindEpci(code) is { } epci ? [.. epci.MemberCodes.Select(cog.FindCommune).OfType<Commune>()]
            : cog.FindDepartement(code) is not null ? [.. cog.CommunesOfDepartement(code)]
            : [];
        var contours = _contours ??= new ContourStore(settings, cache, cog);
        var located = new List<(string, NetTopologySuite.Geometries.Geometry)>();
        foreach (var commune in communes)
        {
            try
            {
                if (await contours.CommuneAsync(commune.Code, CancellationToken.None) is { } contour)
                {
                    located.Add((commune.Code, contour));
                }
            }
            catch (SourceUnreachableException)
            {
                // No contours for this département: the France-wide check of LocateAsync applies.
            }
        }

        return (new CommuneLocator(located), [.. communes.Select(c => c.DepartementCode).Distinct(StringComparer.Ordinal)]);
    }
}
