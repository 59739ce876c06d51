using Xunit;
using CoeurDeVille.Modules.Trees.Taxonomy;

namespace CoeurDeVille.Modules.Trees.Tests.Taxonomy;

public sealed class TaxonomyTablesTests
{
    [Theory]
    [InlineData("TILCOR", "Tilia", "cordata")]
    [InlineData("PINNIGnig", "Pinus", "nigra")]
    [InlineData("PRUSERkan", "Prunus", "serrulata")]
    [InlineData("ACE", "Acer", null)]
    [InlineData("ABIGLA", "Abies", null)]
    [InlineData("AEShom", "Aesculus", null)]
    public void Codes_resolve_to_genus_and_species(string code, string genus, string? species)
    {
        Assert.True(SpeciesCodeTable.TryResolve(code, out var g, out var s));
        Assert.Equal(genus, g);
        Assert.Equal(species, s);
    }

    [Theory]
    [InlineData("COR")]
    [InlineData("CUP")]
    [InlineData("TAXfas")]
    public void Ambiguous_prefixes_are_not_guessed(string code) => Assert.False(SpeciesCodeTable.TryResolve(code, out _, out _));

    [Theory]
    [InlineData("Acer", "Sapindaceae")]
    [InlineData("Tilia", "Malvaceae")]
    [InlineData("Liquidambar", "Altingiaceae")]
    [InlineData("Davidia", "Nyssaceae")]
    [InlineData("Pinus", "Pinaceae")]
    [InlineData("Cephalotaxus", "Taxaceae")]
    public void Families_follow_apg_iv_and_the_gymnosperm_classification(string genus, string family) =>
        Assert.Equal(family, FamilyTable.FamilyOf(genus));

    [Fact]
    public void Every_genus_the_code_table_gives_has_a_family()
    {
        foreach (var code in new[] { "ABI", "ACE", "CORAVE", "CORKOU", "CUPLEY", "TAXBAC", "TAXDIS", "NOTANT", "TAMGAL", "CASSAT", "PSEMEN" })
        {
            Assert.True(SpeciesCodeTable.TryResolve(code, out var genus, out _), code);
            Assert.NotNull(FamilyTable.FamilyOf(genus));
        }
    }
}
