using CoeurDeVille.Core.Territories;
using NetTopologySuite.Geometries;

namespace CoeurDeVille.Storage.Territories;

/// <summary>
/// A commune, EPCI, département or région known to the base. Its geometry is in WGS84 (EPSG:4326). On PostgreSQL it
/// is a PostGIS <c>geometry(Geometry,4326)</c> column; on SQLite it is stored as extended WKB, and the bounding-box
/// columns (kept on both providers, filled when the context saves) serve for coarse spatial filtering.
/// </summary>
public sealed class Territory
{
    /// <summary>INSEE code (commune, département, région) or SIREN (EPCI).</summary>
    public required string Code { get; set; }

    public TerritoryKind Kind { get; set; }

    public required string Name { get; set; }

    public Geometry? Geometry { get; set; }

    public double? MinX { get; private set; }

    public double? MinY { get; private set; }

    public double? MaxX { get; private set; }

    public double? MaxY { get; private set; }

    internal void UpdateBoundingBox()
    {
        if (Geometry is null || Geometry.IsEmpty)
        {
            MinX = MinY = MaxX = MaxY = null;
            return;
        }

        var envelope = Geometry.EnvelopeInternal;
        MinX = envelope.MinX;
        MinY = envelope.MinY;
        MaxX = envelope.MaxX;
        MaxY = envelope.MaxY;
    }
}
