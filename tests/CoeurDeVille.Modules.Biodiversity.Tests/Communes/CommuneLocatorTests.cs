using System.Text.Json;
using CoeurDeVille.Core.Geometries;
using CoeurDeVille.Modules.Biodiversity.Communes;
using CoeurDeVille.Modules.Biodiversity.Observations;
using CoeurDeVille.Modules.Biodiversity.Synthesis;
using CoeurDeVille.TestSupport;
using NetTopologySuite.Features;
using NetTopologySuite.IO.Converters;
using Xunit;

namespace CoeurDeVille.Modules.Biodiversity.Tests.Communes;

public sealed class CommuneLocatorTests
{
    private static CommuneLocator HautesAlpes()
    {
        var path = SharedData.PathOf("territories", "france-geojson", "communes-05-hautes-alpes.geojson");
        var options = new JsonSerializerOptions();
        options.Converters.Add(new GeoJsonConverterFactory());
        var features = JsonSerializer.Deserialize<FeatureCollection>(File.ReadAllText(path), options)!;
        return new CommuneLocator(features.Select(f => ((string)f.Attributes["code"], f.Geometry)));
    }

    [Fact]
    public void Records_with_coordinates_only_get_the_commune_whose_contour_contains_them()
    {
        var locator = HautesAlpes();
        using var reader = ObservationFileReader.Open(BiodiversityData.Ecrins);
        var inHautesAlpes = reader.Read().Where(o => o.InseeCodes[0].StartsWith("05", StringComparison.Ordinal)).ToList();

        // The file's own INSEE codes (2017, brought to today's COG: communes nouvelles) are the independent answer:
        // locate each record from its coordinates alone.
        var misplaced = inHautesAlpes.Where(o =>
        {
            var (lon, lat) = GeometryReprojector.Shared.Transform(o.X!.Value, o.Y!.Value, o.Epsg!.Value, CrsRegistry.Wgs84);
            TestTerritories.Directory.Resolve(o.InseeCodes[0], out var current);
            return locator.Locate(lon, lat) != current;
        }).Select(o => o.InseeCodes[0]).ToList();
        var agreeing = inHautesAlpes.Count - misplaced.Count;

        Assert.True(inHautesAlpes.Count > 500);
        // 833 of 835 on this file; the two others lie within metres of a border between 2018 contours.
        Assert.True(agreeing >= inHautesAlpes.Count * 0.99, $"{agreeing} / {inHautesAlpes.Count} communes retrouvées par les contours ; écarts : {string.Join(", ", misplaced.Distinct())}");
    }

    [Fact]
    public void The_summary_uses_contours_only_where_the_insee_code_is_missing()
    {
        var builder = new BiodiversitySummaryBuilder(HautesAlpes());
        builder.Add(new Observation { Identity = "a", CdNom = 1, DateStart = new DateOnly(2020, 5, 1), X = 6.486308, Y = 44.928924, Epsg = CrsRegistry.Wgs84 });
        builder.Add(new Observation { Identity = "b", CdNom = 2, DateStart = new DateOnly(2020, 5, 1), X = 6.486308, Y = 44.928924, Epsg = CrsRegistry.Wgs84, InseeCodes = ["38185"] });

        var summary = builder.Build("t", ObservationFormat.GeoNatureImport, 0);

        Assert.Equal(["05101", "38185"], summary.Communes.Select(c => c.Code));
    }
}
