using System.Globalization;
using CoeurDeVille.Core.Geometries;
using CoeurDeVille.Core.Territories;
using CoeurDeVille.Modules.Biodiversity.Communes;
using CoeurDeVille.Modules.Biodiversity.Grid;
using CoeurDeVille.Modules.Biodiversity.Observations;

namespace CoeurDeVille.Modules.Biodiversity.Synthesis;

/// <summary>
/// Accumulates observations one at a time (a file is never held in memory) into the atlas figures. A record's cells
/// come from its coordinates, else from the cell code it carries; its commune from its INSEE code, else from the
/// contours given to the <see cref="CommuneLocator"/>. With a <see cref="TerritoryDirectory"/>, former codes
/// (communes merged since the observation) count for today's commune.
/// </summary>
public sealed class BiodiversitySummaryBuilder(CommuneLocator? communes = null, TerritoryDirectory? territories = null)
{
    private readonly HashSet<string> _taxa = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Tally> _months = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Tally> _cells10 = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Tally> _cells1 = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Tally> _communes = new(StringComparer.Ordinal);
    private int _observations, _deleted, _absences, _outside, _withoutCell, _withoutCommune, _withoutTaxref;

    public void Add(Observation observation)
    {
        ArgumentNullException.ThrowIfNull(observation);
        if (observation.Deleted)
        {
            _deleted++;
            return;
        }

        if (observation.Absent)
        {
            _absences++;
            return;
        }

        _observations++;
        var taxon = TaxonKey(observation);
        _taxa.Add(taxon);
        if (observation.DateStart is { } date)
        {
            Count(_months, date.Month.ToString("00", CultureInfo.InvariantCulture), taxon);
        }

        var placements = Place(observation);
        if (placements.Any(p => p.OutsideGrid))
        {
            _outside++;
        }
        else if (placements.All(p => p.Ten is null))
        {
            _withoutCell++;
        }

        // A record on several cells or communes (SINP allows lists) counts in each, as GeoNature's cor_area_synthese.
        foreach (var ten in placements.Where(p => p.Ten is not null).Select(p => p.Ten!.Value.Code).Distinct())
        {
            Count(_cells10, ten, taxon);
        }

        foreach (var one in placements.Where(p => p.One is not null).Select(p => p.One!.Value.Code).Distinct())
        {
            Count(_cells1, one, taxon);
        }

        var communeCodes = CommunesOf(observation);
        foreach (var commune in communeCodes)
        {
            Count(_communes, commune, taxon);
        }

        if (communeCodes.Count == 0)
        {
            _withoutCommune++;
        }
    }

    public BiodiversitySummary Build(string file, ObservationFormat format, int duplicates) => new()
    {
        File = file,
        Format = format,
        Observations = _observations,
        Taxa = _taxa.Count,
        Deleted = _deleted,
        Absences = _absences,
        Duplicates = duplicates,
        OutsideGrid = _outside,
        WithoutCell = _withoutCell,
        WithoutCommune = _withoutCommune,
        WithoutTaxrefCode = _withoutTaxref,
        Months = Figures(_months),
        Cells10Km = Figures(_cells10),
        Cells1Km = Figures(_cells1),
        Communes = Figures(_communes),
    };

    /// <summary>Where a record falls on the INPN grids: from its coordinates, else from each cell code it carries.</summary>
    public static IReadOnlyList<GridPlacement> Place(Observation observation)
    {
        ArgumentNullException.ThrowIfNull(observation);
        if (observation is { X: { } x, Y: { } y, Epsg: { } epsg })
        {
            return [Lambert93Grid.Place(x, y, epsg)];
        }

        var placements = new List<GridPlacement>();
        foreach (var code in observation.CellCodes)
        {
            if (InpnCell.TryParse(code, out var cell))
            {
                placements.Add(Lambert93Grid.Place(cell));
            }
        }

        return placements.Count > 0 ? placements : [GridPlacement.Unknown];
    }

    private IReadOnlyList<string> CommunesOf(Observation observation)
    {
        if (observation.InseeCodes.Count > 0)
        {
            return territories is null ? observation.InseeCodes : [.. observation.InseeCodes.Select(Current).Distinct(StringComparer.Ordinal)];
        }

        if (communes is null || observation is not { X: { } x, Y: { } y, Epsg: { } epsg })
        {
            return [];
        }

        var (longitude, latitude) = epsg == CrsRegistry.Wgs84 ? (x, y) : GeometryReprojector.Shared.Transform(x, y, epsg, CrsRegistry.Wgs84);
        return communes.Locate(longitude, latitude) is { } code ? [code] : [];
    }

    private string Current(string code) =>
        territories!.Resolve(code, out var current) == CommuneCodeResolution.Unknown ? code : current;

    private string TaxonKey(Observation observation)
    {
        if ((observation.CdRef ?? observation.CdNom) is { } code)
        {
            return code.ToString(CultureInfo.InvariantCulture);
        }

        _withoutTaxref++;
        return "nom:" + (observation.CitedName ?? "").Trim().ToLowerInvariant();
    }

    private static void Count(Dictionary<string, Tally> tallies, string code, string taxon)
    {
        if (!tallies.TryGetValue(code, out var tally))
        {
            tallies[code] = tally = new Tally();
        }

        tally.Observations++;
        tally.Taxa.Add(taxon);
    }

    private static SummaryFigure[] Figures(Dictionary<string, Tally> tallies) =>
        [.. tallies.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new SummaryFigure(p.Key, p.Value.Observations, p.Value.Taxa.Count))];

    private sealed class Tally
    {
        public int Observations { get; set; }

        public HashSet<string> Taxa { get; } = new(StringComparer.Ordinal);
    }
}
