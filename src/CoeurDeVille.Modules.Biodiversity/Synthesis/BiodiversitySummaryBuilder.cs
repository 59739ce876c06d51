using System.Globalization;
using CoeurDeVille.Core.Geometries;
using CoeurDeVille.Modules.Biodiversity.Communes;
using CoeurDeVille.Modules.Biodiversity.Grid;
using CoeurDeVille.Modules.Biodiversity.Observations;

namespace CoeurDeVille.Modules.Biodiversity.Synthesis;

/// <summary>
/// Accumulates observations one at a time (a file is never held in memory) into the atlas figures. A record's cells
/// come from its coordinates, else from the cell code it carries; its commune from its INSEE code, else from the
/// contours given to the <see cref="CommuneLocator"/>.
/// </summary>
public sealed class BiodiversitySummaryBuilder(CommuneLocator? communes = null)
{
    private readonly HashSet<string> _taxa = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Tally> _months = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Tally> _cells10 = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Tally> _cells1 = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Tally> _communes = new(StringComparer.Ordinal);
    private int _observations, _deleted, _outside, _withoutCell, _withoutCommune, _withoutTaxref;

    public void Add(Observation observation)
    {
        ArgumentNullException.ThrowIfNull(observation);
        if (observation.Deleted)
        {
            _deleted++;
            return;
        }

        _observations++;
        var taxon = TaxonKey(observation);
        _taxa.Add(taxon);
        if (observation.DateStart is { } date)
        {
            Count(_months, date.Month.ToString("00", CultureInfo.InvariantCulture), taxon);
        }

        var placement = Place(observation);
        if (placement.OutsideGrid)
        {
            _outside++;
        }
        else if (placement.Ten is null)
        {
            _withoutCell++;
        }

        if (placement.Ten is { } ten)
        {
            Count(_cells10, ten.Code, taxon);
        }

        if (placement.One is { } one)
        {
            Count(_cells1, one.Code, taxon);
        }

        if (CommuneOf(observation) is { } commune)
        {
            Count(_communes, commune, taxon);
        }
        else
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

    /// <summary>Where a record falls on the INPN grids.</summary>
    public static GridPlacement Place(Observation observation)
    {
        ArgumentNullException.ThrowIfNull(observation);
        if (observation is { X: { } x, Y: { } y, Epsg: { } epsg })
        {
            return Lambert93Grid.Place(x, y, epsg);
        }

        return InpnCell.TryParse(observation.CellCode, out var cell) ? Lambert93Grid.Place(cell) : GridPlacement.Unknown;
    }

    private string? CommuneOf(Observation observation)
    {
        if (observation.InseeCode is { } code)
        {
            return code;
        }

        if (communes is null || observation is not { X: { } x, Y: { } y, Epsg: { } epsg })
        {
            return null;
        }

        var (longitude, latitude) = epsg == CrsRegistry.Wgs84 ? (x, y) : GeometryReprojector.Shared.Transform(x, y, epsg, CrsRegistry.Wgs84);
        return communes.Locate(longitude, latitude);
    }

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
