using CoeurDeVille.Extraction.Records;
using NetTopologySuite.Geometries;

namespace CoeurDeVille.Extraction.Tests.Writers;

/// <summary>Records that exercise what writers get wrong: accents, quotes, newlines, codes, nulls, no geometry.</summary>
internal static class Samples
{
    public static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    public static readonly string[] Columns = ["code_insee", "nom", "surface", "note"];

    public const string Tricky = "dit \"le Gardon\", rive droite\r\nligne 2\nligne 3";

    public static SourceSchema Schema(bool geometry = true, int? srid = 4326) => new(Columns, geometry, srid);

    public static Polygon Square() =>
        // Clockwise on purpose: GeoJSON must write it counterclockwise.
        Factory.CreatePolygon([new(4.0, 44.0), new(4.0, 44.1), new(4.1, 44.1), new(4.1, 44.0), new(4.0, 44.0)]);

    public static IReadOnlyList<SourceRecord> Records() =>
    [
        new(["30007", "Alès", "12.5", Tricky], Factory.CreatePoint(new Coordinate(4.0812345678, 44.1234567891)), 1),
        new(["01004", "Ambérieu-en-Bugey", "-3.25", null], Square(), 2),
        new(["2A004", "Ajaccio", "1e5", ""], null, 3),
    ];
}
