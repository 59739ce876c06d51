using System.Globalization;
using System.Text.RegularExpressions;

namespace CoeurDeVille.Storage.HostedTerritories;

/// <summary>
/// Checks a territory's look: colours are <c>#rrggbb</c> and white text on them reaches the 4.5:1 contrast ratio
/// of WCAG 2.1 / RGAA criterion 3.2; slugs are lowercase ASCII words joined by hyphens.
/// </summary>
public static partial class TerritoryLook
{
    /// <summary>Minimum contrast ratio of normal text (WCAG 2.1 success criterion 1.4.3).</summary>
    public const double MinimumContrast = 4.5;

    /// <summary>Null when <paramref name="colour"/> is valid, otherwise a French message naming <paramref name="label"/>.</summary>
    public static string? CheckColour(string? colour, string label)
    {
        if (colour is null)
        {
            return null;
        }

        if (!ColourPattern().IsMatch(colour))
        {
            return $"{label} : « {colour} » n'est pas une couleur au format #rrggbb (exemple : #1a5276).";
        }

        var ratio = ContrastWithWhite(colour);
        return ratio < MinimumContrast
            ? $"{label} : le texte blanc sur {colour} a un contraste de {ratio.ToString("0.00", CultureInfo.GetCultureInfo("fr-FR"))}:1, " +
              $"inférieur au minimum de {MinimumContrast.ToString("0.0", CultureInfo.GetCultureInfo("fr-FR"))}:1 exigé par le RGAA (critère 3.2). Choisissez une couleur plus foncée."
            : null;
    }

    /// <summary>Null when <paramref name="slug"/> is absent or valid, otherwise a French message.</summary>
    public static string? CheckSlug(string? slug) =>
        slug is null || SlugPattern().IsMatch(slug)
            ? null
            : $"Nom court : « {slug} » doit être fait de lettres minuscules sans accent, de chiffres et de tirets (exemple : ales-agglo), 60 caractères au plus.";

    /// <summary>WCAG contrast ratio between <c>#rrggbb</c> and white.</summary>
    public static double ContrastWithWhite(string colour) => 1.05 / (Luminance(colour) + 0.05);

    /// <summary>WCAG contrast ratio between <c>#rrggbb</c> and black.</summary>
    public static double ContrastWithBlack(string colour) => (Luminance(colour) + 0.05) / 0.05;

    /// <summary>
    /// The text colour for <paramref name="background"/> (<c>#rrggbb</c>): white or black, whichever contrasts more —
    /// one of them always reaches 4.5:1, so text on any background colour passes WCAG AA.
    /// </summary>
    public static string TextColourOn(string background) =>
        ContrastWithWhite(background) >= ContrastWithBlack(background) ? "#ffffff" : "#000000";

    /// <summary>WCAG relative luminance of <c>#rrggbb</c>.</summary>
    public static double Luminance(string colour) =>
        0.2126 * Channel(colour, 1) + 0.7152 * Channel(colour, 3) + 0.0722 * Channel(colour, 5);

    private static double Channel(string colour, int start)
    {
        var value = int.Parse(colour.AsSpan(start, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
        return value <= 0.04045 ? value / 12.92 : Math.Pow((value + 0.055) / 1.055, 2.4);
    }

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex ColourPattern();

    [GeneratedRegex("^(?=.{1,60}$)[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
