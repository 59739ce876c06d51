using System.Runtime.InteropServices;
using CoeurDeVille.Core.Geometries;
using CoeurDeVille.Modules.Biodiversity.Grid;
using CoeurDeVille.Modules.Biodiversity.Observations;

namespace CoeurDeVille.Modules.Biodiversity.Store;

/// <summary>
/// Turns a read observation into its stored form: CD_REF, département (from the INSEE code), INPN cells (from the
/// position, else from the cell code), Lambert-93 position and sensitivity level. A record listing several communes
/// or cells (SINP) is stored under the first one.
/// </summary>
internal sealed class ObservationPlacer(ObservationImport import, DateOnly today)
{
    // One string per cell for the whole import: formatting a code costs more than a lookup, and the aggregator's
    // dictionaries then compare equal codes by reference.
    private readonly Dictionary<InpnCell, string> _codes = [];

    public StoredObservation Place(Observation o)
    {
        var cdRef = o.CdNom is { } nom && import.Taxonomy?.ReferenceOf(nom) is { } resolved ? resolved : o.CdRef ?? o.CdNom;
        var insee = o.InseeCodes.Count > 0 ? o.InseeCodes[0] : null;
        var departement = insee is null ? null : insee.StartsWith("97", StringComparison.Ordinal) ? insee[..3] : insee[..2];
        double? x = null, y = null;
        var placement = GridPlacement.Unknown;
        if (o.X is { } ox && o.Y is { } oy && o.Epsg is { } epsg)
        {
            placement = Lambert93Grid.Place(ox, oy, epsg);
            if (!placement.OutsideGrid)
            {
                (x, y) = epsg == CrsRegistry.Lambert93 ? (ox, oy) : GeometryReprojector.Shared.Transform(ox, oy, epsg, CrsRegistry.Lambert93);
            }
        }
        else if (o.CellCodes.Count > 0 && InpnCell.TryParse(o.CellCodes[0], out var cell))
        {
            placement = Lambert93Grid.Place(cell);
        }

        var level = import.Sensitivity.LevelOf(cdRef, departement, o.DateStart, o.BiologicalStatus, today);
        return new StoredObservation(
            o.Identity, o.CdNom, cdRef, o.DateStart?.DayNumber, o.DateStart?.Month, o.CountMin, o.CountMax, o.Observer,
            insee, departement, Code(placement.Ten), Code(placement.One), x, y, o.BiologicalStatus, level, !o.Absent && !o.Deleted,
            o.ValidationLevel, o.AltitudeMin, o.AltitudeMax);
    }

    private string? Code(InpnCell? cell)
    {
        if (cell is not { } known)
        {
            return null;
        }

        ref var code = ref CollectionsMarshal.GetValueRefOrAddDefault(_codes, known, out var had);
        if (!had)
        {
            code = known.Code;
        }

        return code;
    }
}
