using System.Text.Json;
using CoeurDeVille.Core.Territories;
using CoeurDeVille.TestSupport;
using Xunit;

namespace CoeurDeVille.Core.Tests.Territories;

public sealed class TerritoryDirectoryTests
{
    private static TerritoryDirectory Territories => TestTerritories.Directory;

    [Fact]
    public void Counts_match_the_package_files_read_independently()
    {
        using var communes = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestTerritories.DecoupageFolder, "communes.json")));
        var current = communes.RootElement.EnumerateArray().Count(c => c.GetProperty("type").GetString() == "commune-actuelle");
        using var epci = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestTerritories.DecoupageFolder, "epci.json")));

        Assert.Equal(current, Territories.Communes.Count());
        Assert.Equal(34_969, current);
        Assert.Equal(epci.RootElement.GetArrayLength(), Territories.Epcis.Count());
        Assert.Equal(109, Territories.Departements.Count());
    }

    [Theory]
    [InlineData("ales")]
    [InlineData("ALÈS")]
    [InlineData("Alès")]
    [InlineData("30007")]
    public void Search_finds_Ales_first_with_its_EPCI_and_departement(string query)
    {
        var best = Territories.Search(query)[0];

        Assert.Equal(TerritoryKind.Commune, best.Kind);
        Assert.Equal("30007", best.Code);
        Assert.Equal("Alès", best.Name);
        Assert.Contains("200066918", best.Detail, StringComparison.Ordinal);
        Assert.Contains("Gard (30)", best.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_typo_gets_suggestions_with_the_right_town()
    {
        var matches = Territories.Search("Fecampp");

        Assert.DoesNotContain(matches, m => m.Distance == 0);
        Assert.Contains(matches, m => m.Code == "76259");
    }

    [Fact]
    public void Saint_and_St_are_the_same()
    {
        Assert.Equal("62765", Territories.Search("St-Omer").First(m => m.Kind == TerritoryKind.Commune).Code);
    }

    [Theory]
    [InlineData("30007", "30007", CommuneCodeResolution.Current)]
    [InlineData("1004", "01004", CommuneCodeResolution.Current)]
    [InlineData("2a004", "2A004", CommuneCodeResolution.Current)]
    [InlineData("75101", "75056", CommuneCodeResolution.Arrondissement)]
    [InlineData("13201", "13055", CommuneCodeResolution.Arrondissement)]
    [InlineData("01340", "01015", CommuneCodeResolution.Former)]
    [InlineData("99999", "99999", CommuneCodeResolution.Unknown)]
    public void Codes_from_sources_resolve_to_current_communes(string raw, string expected, CommuneCodeResolution resolution)
    {
        Assert.Equal(resolution, Territories.Resolve(raw, out var current));
        Assert.Equal(expected, current);
    }

    [Fact]
    public void Every_former_code_points_to_a_current_commune_as_the_package_says()
    {
        using var communes = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestTerritories.DecoupageFolder, "communes.json")));
        var currentCodes = communes.RootElement.EnumerateArray()
            .Where(c => c.GetProperty("type").GetString() == "commune-actuelle")
            .Select(c => c.GetProperty("code").GetString()!)
            .ToHashSet();
        foreach (var commune in communes.RootElement.EnumerateArray().Where(c => c.GetProperty("type").GetString() == "commune-actuelle"))
        {
            if (!commune.TryGetProperty("anciensCodes", out var formers))
            {
                continue;
            }

            foreach (var former in formers.EnumerateArray().Select(f => f.GetString()!).Where(f => !currentCodes.Contains(f)))
            {
                Assert.Equal(CommuneCodeResolution.Former, Territories.Resolve(former, out var current));
                Assert.Equal(commune.GetProperty("code").GetString(), current);
            }
        }
    }

    [Fact]
    public void Unknown_perimeter_suggests_close_names()
    {
        var resolver = new PerimeterResolver(Territories);

        var error = Assert.Throws<PerimeterException>(() => resolver.Resolve(PerimeterSpec.Parse("commune:Vitrée")));

        Assert.Contains("Vouliez-vous dire", error.Message, StringComparison.Ordinal);
        Assert.Contains("35360", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Perimeters_resolve_by_code_and_by_name()
    {
        var resolver = new PerimeterResolver(Territories);

        var epci = resolver.Resolve(PerimeterSpec.Parse("epci:200066918"));
        var byName = resolver.Resolve(PerimeterSpec.Parse("commune:bayonne"));
        var corsica = resolver.Resolve(PerimeterSpec.Parse("departement:2a"));

        Assert.Contains("30007", epci.Communes);
        Assert.Equal(Territories.FindEpci("200066918")!.MemberCodes.Count, epci.Communes.Count);
        Assert.Equal("64102", byName.Code);
        Assert.Equal("2A", corsica.Code);
        Assert.All(corsica.Communes, code => Assert.StartsWith("2A", code, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ville:30007")]
    [InlineData("30007")]
    [InlineData("commune:")]
    public void Malformed_perimeters_say_what_is_expected(string text)
    {
        var error = Assert.Throws<PerimeterException>(() => PerimeterSpec.Parse(text));

        Assert.Contains("commune", error.Message, StringComparison.Ordinal);
    }
}
