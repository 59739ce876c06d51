namespace CoeurDeVille.Extraction.Sources;

/// <summary>How a source is cut to a perimeter: by a code column, by point coordinates, or by its geometries.</summary>
public sealed class SourceCut
{
    /// <summary>code, xy or geometry.</summary>
    public string Method { get; set; } = "code";

    /// <summary>Key column for <c>code</c>.</summary>
    public string? Column { get; set; }

    /// <summary>commune (default), departement or epci: what the key column holds.</summary>
    public string Level { get; set; } = "commune";

    /// <summary>Longitude/X and latitude/Y columns for <c>xy</c>.</summary>
    public string[]? Columns { get; set; }

    /// <summary>EPSG code of coordinates or geometries (4326 by default).</summary>
    public int Crs { get; set; } = 4326;

    /// <summary>Geometry kind for <c>geometry</c>: points, lines or polygons.</summary>
    public string? Geometry { get; set; }
}
