using System.Globalization;
using System.Text;
using CoeurDeVille.Core.Geometries;
using CoeurDeVille.Modules.Biodiversity.Communes;
using CoeurDeVille.Modules.Biodiversity.Grid;
using CoeurDeVille.Modules.Biodiversity.Observations;
using CoeurDeVille.Modules.Biodiversity.Synthesis;
using CoeurDeVille.Modules.Biodiversity.Taxonomy;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;

namespace CoeurDeVille.Modules.Biodiversity.Exports;

/// <summary>
/// An <see cref="ObservationFilter"/> made ready to test many records: taxa resolved to CD_REF once, the zone prepared,
/// cell codes parsed. Callers apply it to the BLURRED record, so that a narrow zone cannot reveal a sensitive position.
/// </summary>
public sealed class ObservationSelector
{
    private readonly ObservationFilter _filter;
    private readonly TaxonomyReference? _taxonomy;
    private readonly HashSet<int> _references = [];
    private readonly HashSet<string> _groups;
    private readonly HashSet<string> _communes;
    private readonly HashSet<InpnCell> _cells = [];
    private readonly IPreparedGeometry? _zone;
    private readonly GeometryFactory _factory = new(new PrecisionModel(), CrsRegistry.Wgs84);
    private readonly CommuneLocator? _locator;

    /// <param name="filter">The criteria.</param>
    /// <param name="taxonomy">Resolves synonyms and gives groups.</param>
    /// <param name="communes">Places records that carry coordinates but no INSEE code, for the commune criterion.</param>
    /// <exception cref="ArgumentException">French message: a group filter without taxonomy, a bad cell code, a zone that is not a polygon.</exception>
    public ObservationSelector(ObservationFilter filter, TaxonomyReference? taxonomy = null, CommuneLocator? communes = null)
    {
        ArgumentNullException.ThrowIfNull(filter);
        _locator = communes;
        _filter = filter;
        _taxonomy = taxonomy;
        foreach (var code in filter.Taxa)
        {
            _references.Add(taxonomy?.ReferenceOf(code) ?? code);
        }

        if (filter.Groups.Count > 0 && taxonomy is null)
        {
            throw new ArgumentException("Le filtre par groupe demande un référentiel TAXREF (--taxref) qui donne les groupes INPN des taxons.");
        }

        _groups = new HashSet<string>(filter.Groups.Select(Fold), StringComparer.Ordinal);
        _communes = new HashSet<string>(filter.Communes.Select(c => c.Trim().ToUpperInvariant()), StringComparer.Ordinal);
        foreach (var code in filter.Cells)
        {
            _cells.Add(InpnCell.TryParse(code, out var cell) && cell.SizeKm is 10 or 1
                ? cell
                : throw new ArgumentException($"Maille « {code} » : attendu un code de maille INPN de 10 km ou 1 km (10kmL93E097N643, 1kmL93E0974N6431)."));
        }

        if (filter.Zone is { } zone)
        {
            if (zone.IsEmpty || zone.Dimension != Dimension.Surface)
            {
                throw new ArgumentException("Zone : attendu un polygone ou multipolygone en WGS 84 (longitude, latitude).");
            }

            _zone = PreparedGeometryFactory.Prepare(zone);
        }
    }

    public bool Matches(Observation observation)
    {
        ArgumentNullException.ThrowIfNull(observation);
        if (observation.Deleted || (observation.Absent && !_filter.IncludeAbsences))
        {
            return false;
        }

        if (_filter.Validation.Count > 0 && (observation.ValidationLevel is not { } level || !_filter.Validation.Contains(level)))
        {
            return false;
        }

        if (_filter.From is { } from && (observation.DateStart is not { } start || start < from))
        {
            return false;
        }

        if (_filter.To is { } to && (observation.DateStart is not { } first || first > to))
        {
            return false;
        }

        if (_references.Count > 0 && (ReferenceOf(observation) is not { } reference || !_references.Contains(reference)))
        {
            return false;
        }

        if (_groups.Count > 0 && !InGroup(observation))
        {
            return false;
        }

        if (_communes.Count > 0 && !(observation.InseeCodes.Count > 0 ? observation.InseeCodes.Any(_communes.Contains) : LocatedIn(observation)))
        {
            return false;
        }

        if (_cells.Count > 0 && !BiodiversitySummaryBuilder.Place(observation).Any(p => (p.Ten is { } ten && _cells.Contains(ten)) || (p.One is { } one && _cells.Contains(one))))
        {
            return false;
        }

        return _zone is null || InZone(observation);
    }

    /// <summary>The record's reference taxon: its CD_NOM resolved through the taxonomy when there is one, else the file's CD_REF.</summary>
    public int? ReferenceOf(Observation observation)
    {
        ArgumentNullException.ThrowIfNull(observation);
        return observation.CdNom is { } nom && _taxonomy?.ReferenceOf(nom) is { } resolved ? resolved : observation.CdRef ?? observation.CdNom;
    }

    private bool InGroup(Observation observation)
    {
        if (observation.CdNom is not { } nom || _taxonomy!.ReferenceTaxonOf(nom) is not { } taxon)
        {
            return false;
        }

        return (taxon.Group1 is { } g1 && _groups.Contains(Fold(g1)))
            || (taxon.Group2 is { } g2 && _groups.Contains(Fold(g2)))
            || taxon.Lists.Any(l => _groups.Contains(Fold(l)));
    }

    private bool LocatedIn(Observation observation)
    {
        if (_locator is null || observation is not { X: { } x, Y: { } y, Epsg: { } epsg })
        {
            return false;
        }

        var (longitude, latitude) = epsg == CrsRegistry.Wgs84 ? (x, y) : GeometryReprojector.Shared.Transform(x, y, epsg, CrsRegistry.Wgs84);
        return _locator.Locate(longitude, latitude) is { } code && _communes.Contains(code);
    }

    private bool InZone(Observation observation)
    {
        if (observation is not { X: { } x, Y: { } y, Epsg: { } epsg })
        {
            return false;
        }

        var (longitude, latitude) = epsg == CrsRegistry.Wgs84 ? (x, y) : GeometryReprojector.Shared.Transform(x, y, epsg, CrsRegistry.Wgs84);
        return _zone!.Covers(_factory.CreatePoint(new Coordinate(longitude, latitude)));
    }

    // Groups are typed by users: « oiseaux » matches « Oiseaux », « Mammiferes » matches « Mammifères ».
    private static string Fold(string text)
    {
        var decomposed = text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
