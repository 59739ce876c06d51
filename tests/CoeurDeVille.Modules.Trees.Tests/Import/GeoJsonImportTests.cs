using CoeurDeVille.Modules.Trees.Import;
using CoeurDeVille.TestSupport;
using Xunit;

namespace CoeurDeVille.Modules.Trees.Tests.Import;

/// <summary>A GeoJSON inventory in a projected system (legacy « crs » member) is reprojected to WGS 84.</summary>
public sealed class GeoJsonImportTests
{
    [Fact]
    public void Points_in_lambert_93_become_wgs84_positions()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("arbres-l93.geojson");
        // Two points near Alès town hall in Lambert-93 (EPSG:2154); properties follow schema-arbre.
        File.WriteAllText(path, """
            { "type": "FeatureCollection", "crs": { "type": "name", "properties": { "name": "urn:ogc:def:crs:EPSG::2154" } },
              "features": [
                { "type": "Feature", "geometry": { "type": "Point", "coordinates": [787500, 6338200] },
                  "properties": { "id": 1, "genre_arbre": "Celtis", "espece_arbre": "australis", "hauteur": 850, "arbre_remarquable": false } },
                { "type": "Feature", "geometry": { "type": "Point", "coordinates": [787600, 6338300] },
                  "properties": { "id": 2, "genre_arbre": "Platanus", "espece_arbre": null, "diametre": 42.5, "arbre_remarquable": true } }
              ] }
            """);

        var result = TreeInventoryImporter.Import(path, cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors.Select(e => e.Message)));
        Assert.Equal(2, result.Trees.Count);
        Assert.All(result.Trees, t =>
        {
            Assert.InRange(t.Longitude, 4.0, 4.2);
            Assert.InRange(t.Latitude, 44.05, 44.2);
        });
        Assert.Equal(850, result.Trees[0].HeightCm);
        Assert.False(result.Trees[0].Remarkable);
        Assert.Null(result.Trees[1].Species);
        Assert.Equal(42.5, result.Trees[1].DiameterCm);
    }

    [Fact]
    public void A_line_instead_of_a_point_is_rejected_with_its_feature_number()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("arbres.geojson");
        File.WriteAllText(path, """
            { "type": "FeatureCollection", "features": [
              { "type": "Feature", "geometry": { "type": "Point", "coordinates": [4.08, 44.13] }, "properties": { "id": 1 } },
              { "type": "Feature", "geometry": { "type": "LineString", "coordinates": [[4.08, 44.13], [4.09, 44.14]] }, "properties": { "id": 2 } }
            ] }
            """);

        var result = TreeInventoryImporter.Import(path, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Empty(result.Trees);
        var error = Assert.Single(result.Errors);
        Assert.Equal(2, error.Line);
        Assert.Contains("entité 2 : géométrie « LineString » — un point (Point) était attendu", error.Message, StringComparison.Ordinal);
    }
}
