using CoeurDeVille.Storage.HostedTerritories;
using CoeurDeVille.Web.Looks;
using Xunit;

namespace CoeurDeVille.Web.Tests.Looks;

/// <summary>The text colour chosen on a territory's colours always reaches WCAG AA (4.5:1).</summary>
public sealed class TerritoryThemeTests
{
    [Fact]
    public void White_or_black_text_reaches_4_5_to_1_on_every_colour_of_a_4096_colour_grid()
    {
        for (var r = 0; r < 16; r++)
        {
            for (var g = 0; g < 16; g++)
            {
                for (var b = 0; b < 16; b++)
                {
                    var colour = $"#{r * 17:x2}{g * 17:x2}{b * 17:x2}";
                    var text = TerritoryLook.TextColourOn(colour);
                    var ratio = text == "#ffffff" ? TerritoryLook.ContrastWithWhite(colour) : TerritoryLook.ContrastWithBlack(colour);
                    Assert.True(ratio >= TerritoryLook.MinimumContrast, $"{text} sur {colour} : {ratio:0.00}:1");
                }
            }
        }
    }

    [Fact]
    public void The_css_names_the_colours_and_picks_black_on_a_light_secondary()
    {
        var css = new TerritoryTheme("30007", "Alès", "#1a5276", "#ffcc00", HasLogo: false).Css();

        Assert.Equal(
            ":root { --territoire: #1a5276; --territoire-texte: #ffffff; --accent: #1a5276; --accent-texte: #ffffff; --territoire-secondaire: #ffcc00; --territoire-secondaire-texte: #000000; }",
            css);
        Assert.Equal(string.Empty, new TerritoryTheme("30007", "Alès", null, null, HasLogo: false).Css());
    }
}
