using System.Text.Json.Serialization;

namespace CoeurDeVille.Modules.Trees.Mapping;

/// <summary>Where a row's position is and in which reference system; reprojected to WGS 84 on import.</summary>
public sealed record CoordinateRule
{
    /// <summary>Column of the easting or longitude.</summary>
    [JsonPropertyName("x")]
    public required string X { get; init; }

    /// <summary>Column of the northing or latitude.</summary>
    [JsonPropertyName("y")]
    public required string Y { get; init; }

    /// <summary>EPSG code of the source coordinates (4326 = WGS 84 longitude/latitude; 3945 = CC45; 2154 = Lambert-93).</summary>
    [JsonPropertyName("epsg")]
    public int Epsg { get; init; } = 4326;

    /// <summary>Decimals of degree kept after reprojection (7 ≈ 1 cm).</summary>
    [JsonPropertyName("decimales")]
    public int Decimals { get; init; } = 7;
}
