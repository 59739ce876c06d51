using System.Text;
using CoeurDeVille.Core.Territories;
using CoeurDeVille.Extraction.Filters;
using CoeurDeVille.TestSupport;
using Xunit;

namespace CoeurDeVille.Extraction.Tests.Filters;

/// <summary>The bitset fast path for five-character codes must answer exactly as the hash table does.</summary>
public sealed class CodeLookupTests
{
    private static readonly CodeLookup Lookup = CodeLookup.ForCommunes(TestTerritories.Directory, [new HashSet<string> { "30037", "2A004", "01001" }]);

    [Theory]
    [InlineData("30037", CommuneCodeResolution.Current)]
    [InlineData("30118", CommuneCodeResolution.Former)]
    [InlineData("2A004", CommuneCodeResolution.Current)]
    [InlineData("2a004", CommuneCodeResolution.Current)]
    [InlineData("01001", CommuneCodeResolution.Current)]
    [InlineData("1001", CommuneCodeResolution.Current)]
    public void Kept_codes_give_their_perimeter_and_resolution(string code, CommuneCodeResolution resolution)
    {
        Assert.True(Lookup.TryGet(Encoding.ASCII.GetBytes(code), out var entry));
        Assert.Equal([0], entry.Perimeters);
        Assert.Equal(resolution, entry.Resolution);
    }

    [Theory]
    [InlineData("30007")]
    [InlineData("2A001")]
    [InlineData("01002")]
    [InlineData("1002")]
    public void Known_codes_outside_every_perimeter_are_found_without_perimeter(string code)
    {
        Assert.True(Lookup.TryGet(Encoding.ASCII.GetBytes(code), out var entry));
        Assert.Empty(entry.Perimeters);
    }

    [Theory]
    [InlineData("99999")]
    [InlineData("2C001")]
    [InlineData("3003A")]
    [InlineData("")]
    [InlineData("300370")]
    public void Unknown_codes_are_not_found(string code) =>
        Assert.False(Lookup.TryGet(Encoding.ASCII.GetBytes(code), out _));
}
