using System.Text.Json.Nodes;
using CoeurDeVille.Core.Territories;
using CoeurDeVille.Core.Territories.Contours;
using CoeurDeVille.TestSupport;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using Xunit;

namespace CoeurDeVille.Core.Tests.Territories;

public sealed class ContourStoreTests(ContourServer fixture) : IClassFixture<ContourServer>
{
    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), 4326);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Ales_contour_holds_its_centre_and_not_Nimes()
    {
        var ales = await fixture.Store.CommuneAsync("30007", Token);

        Assert.NotNull(ales);
        Assert.Equal(4326, ales.SRID);
        Assert.True(ales.IsValid);
        Assert.True(ales.Covers(ales.Centroid));
        Assert.False(ales.Intersects(Wgs84.CreatePoint(new Coordinate(4.3601, 43.8367)))); // Nîmes, Maison Carrée
        Assert.InRange(PerimeterGeometry.AreaSquareMetres(ales), 22e6, 25e6); // Alès: 23.2 km² (INSEE)
    }

    [Fact]
    public async Task Commune_nouvelle_is_rebuilt_from_its_2018_parts()
    {
        // Val-de-Scie (76034) merged Auffay (76034), Cressy (76191) and Sévis (76674) on 1 January 2019.
        var report = await fixture.Store.ReportAsync("76", Token);
        var rebuilt = Assert.Single(report.Rebuilt, r => r.Code == "76034");
        Assert.Equal(["76034", "76191", "76674"], rebuilt.PartCodes.Order(StringComparer.Ordinal));

        var valDeScie = await fixture.Store.CommuneAsync("76034", Token);
        Assert.NotNull(valDeScie);
        var parts = ReadFeatures("communes-76-seine-maritime.geojson").Where(f => rebuilt.PartCodes.Contains(f.Code)).ToList();
        Assert.Equal(3, parts.Count);
        var sum = parts.Sum(p => PerimeterGeometry.AreaSquareMetres(p.Geometry));
        Assert.Equal(sum, PerimeterGeometry.AreaSquareMetres(valDeScie), sum * 0.005);
        Assert.IsType<Polygon>(valDeScie); // adjacent parts melt into one polygon

        // A former code leads to today's commune.
        var sevis = await fixture.Store.CommuneAsync("76674", Token);
        Assert.NotNull(sevis);
        Assert.True(sevis.EqualsExact(valDeScie));
    }

    [Fact]
    public async Task Report_accounts_for_every_current_commune_and_matches_an_independent_computation()
    {
        var report = await fixture.Store.ReportAsync("30", Token);
        var current = ReferenceTerritories.Directory.CommunesOfDepartement("30").Select(c => c.Code).Order(StringComparer.Ordinal).ToList();

        Assert.Equal("Gard", report.DepartementName);
        Assert.Equal(current, report.BuiltDirectly.Concat(report.Rebuilt.Select(r => r.Code)).Concat(report.NotBuilt).Order(StringComparer.Ordinal));
        Assert.Contains(report.Rebuilt, r => r.Code == "30052" && r.PartCodes.SequenceEqual(["30052", "30157"]));
        var geoJson = await File.ReadAllTextAsync(Path.Combine(ReferenceTerritories.ContoursFolder, "communes-30-gard.geojson"), Token);
        Assert.Equal(IndependentContourCheck.NotBuildable("30", geoJson), report.NotBuilt);
        Assert.Empty(report.UnusedFeatureCodes);
    }

    [Fact]
    public async Task Missing_features_are_reported_and_departement_falls_back_to_the_union_of_communes()
    {
        // A Gard file without Alès, nor Bréau (30052) and its former part Mars (30157), nor Aumessas (30022);
        // and no département contour at all (404).
        using var folder = new TemporaryFolder();
        var source = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(ReferenceTerritories.ContoursFolder, "communes-30-gard.geojson"), Token))!;
        var features = source["features"]!.AsArray();
        foreach (var feature in features.Where(f => (string)f!["properties"]!["code"]! is "30007" or "30052" or "30157" or "30022").ToList())
        {
            features.Remove(feature);
        }

        var trimmed = source.ToJsonString();
        await File.WriteAllTextAsync(folder.File("communes-30-gard.geojson"), trimmed, Token);
        await using var server = await LocalHttpServer.StartAsync(folder.Path);
        using var cache = new TemporaryFolder();
        using var http = new HttpClient();
        var store = ContourServer.CreateStore(server.BaseUrl, cache.Path, http);

        Assert.Null(await store.CommuneAsync("30007", Token));
        var gard = await store.DepartementAsync("30", Token);
        var report = Assert.Single(store.Reports);

        var expected = IndependentContourCheck.NotBuildable("30", trimmed);
        Assert.Equal(["30007", "30022", "30052"], expected);
        Assert.Equal(expected, report.NotBuilt);
        Assert.Equal(DepartementContourSource.UnionOfCommunes, report.Departement);
        Assert.Contains("union des contours des communes", report.DepartementNote, StringComparison.Ordinal);
        Assert.NotNull(gard);
        Assert.True(gard.Covers(gard.Factory.CreatePoint(new Coordinate(4.3601, 43.8367)))); // Nîmes is still there
    }

    [Fact]
    public async Task Published_departement_contour_is_used_and_close_to_the_union_of_its_communes()
    {
        var gard = await fixture.Store.DepartementAsync("30", Token);
        var report = await fixture.Store.ReportAsync("30", Token);

        Assert.NotNull(gard);
        Assert.Equal(DepartementContourSource.Published, report.Departement);
        Assert.Null(report.DepartementNote);
        var communes = await Task.WhenAll(ReferenceTerritories.Directory.CommunesOfDepartement("30").Select(c => fixture.Store.CommuneAsync(c.Code, Token)));
        var sum = communes.Sum(c => PerimeterGeometry.AreaSquareMetres(c!));
        Assert.Equal(sum, PerimeterGeometry.AreaSquareMetres(gard), sum * 0.01);
        Assert.Equal(1, fixture.Server.RequestCount("/communes-30-gard.geojson"));
    }

    [Fact]
    public async Task Epci_is_the_union_of_its_member_communes()
    {
        var epci = ReferenceTerritories.Directory.FindEpci("200066918")!; // Alès Agglomération
        var union = await fixture.Store.EpciAsync("200066918", Token);

        Assert.NotNull(union);
        Assert.Equal(4326, union.SRID);
        var members = await Task.WhenAll(epci.MemberCodes.Select(code => fixture.Store.CommuneAsync(code, Token)));
        Assert.All(members, Assert.NotNull);
        var sum = members.Sum(m => PerimeterGeometry.AreaSquareMetres(m!));
        Assert.Equal(sum, PerimeterGeometry.AreaSquareMetres(union), sum * 0.01);
        Assert.Null(await fixture.Store.EpciAsync("000000000", Token));
    }

    [Fact]
    public async Task Commune_with_an_exclave_keeps_both_parts()
    {
        var doudeauville = await fixture.Store.CommuneAsync("76218", Token);
        Assert.NotNull(doudeauville);
        Assert.Equal(2, Assert.IsType<MultiPolygon>(doudeauville).NumGeometries);
    }

    [Fact]
    public async Task Unknown_codes_give_null()
    {
        Assert.Null(await fixture.Store.CommuneAsync("99999", Token));
        Assert.Null(await fixture.Store.DepartementAsync("99", Token));
    }

    [Theory]
    [InlineData("Pyrénées-Atlantiques", "pyrenees-atlantiques")]
    [InlineData("Côtes-d'Armor", "cotes-d-armor")]
    [InlineData("Côtes-d’Armor", "cotes-d-armor")]
    [InlineData("Seine-Maritime", "seine-maritime")]
    [InlineData("Territoire de Belfort", "territoire-de-belfort")]
    [InlineData("Martinique", "martinique")]
    public void Slug_folds_accents_spaces_and_apostrophes(string name, string slug) =>
        Assert.Equal(slug, TerritorySlug.Of(name));

    private static List<(string Code, Geometry Geometry)> ReadFeatures(string fileName)
    {
        var options = new System.Text.Json.JsonSerializerOptions();
        options.Converters.Add(new GeoJsonConverterFactory(Wgs84));
        using var stream = File.OpenRead(Path.Combine(ReferenceTerritories.ContoursFolder, fileName));
        var collection = System.Text.Json.JsonSerializer.Deserialize<NetTopologySuite.Features.FeatureCollection>(stream, options)!;
        return [.. collection.Select(f => (f.Attributes["code"]?.ToString() ?? "", f.Geometry))];
    }
}
