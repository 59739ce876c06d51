using CoeurDeVille.Storage.HostedTerritories;
using Xunit;

namespace CoeurDeVille.Storage.Tests.Accounts;

public sealed class TerritoryLookTests
{
    [Theory]
    [InlineData("#000000", 21.0)]
    [InlineData("#ffffff", 1.0)]
    [InlineData("#767676", 4.54)]
    public void Contrast_with_white_follows_wcag(string colour, double expected) =>
        Assert.Equal(expected, TerritoryLook.ContrastWithWhite(colour), 2);

    [Theory]
    [InlineData("#767676", true)]
    [InlineData("#777777", false)]
    [InlineData("1a5276", false)]
    [InlineData("#1a527", false)]
    [InlineData("red", false)]
    public void Colours_below_four_and_a_half_to_one_are_refused(string colour, bool valid) =>
        Assert.Equal(valid, TerritoryLook.CheckColour(colour, "Couleur principale") is null);

    [Theory]
    [InlineData("ales-agglo", true)]
    [InlineData("Alès", false)]
    [InlineData("../etc", false)]
    public void Slugs_are_lowercase_ascii_words(string slug, bool valid) =>
        Assert.Equal(valid, TerritoryLook.CheckSlug(slug) is null);
}
