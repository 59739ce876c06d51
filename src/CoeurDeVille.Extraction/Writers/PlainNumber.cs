using System.Globalization;
using System.Text.RegularExpressions;

namespace CoeurDeVille.Extraction.Writers;

/// <summary>
/// Recognises values that are unambiguous numbers. Codes such as "01004" (leading zero) and anything with
/// more digits than a double keeps exactly (SIRET-like identifiers) are deliberately not numbers.
/// </summary>
internal static partial class PlainNumber
{
    // Excel and doubles keep 15 significant digits; longer values stay text so identifiers are never rounded.
    private const int MaxDigits = 15;

    public static bool IsDecimal(string value) => DecimalPattern().IsMatch(value);

    /// <summary>A plain integer without leading zero, or a plain decimal, that a double holds exactly.</summary>
    public static bool TryParse(string value, out double number)
    {
        number = 0;
        if (!(IntegerPattern().IsMatch(value) || DecimalPattern().IsMatch(value)))
        {
            return false;
        }

        var digits = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
        }

        return digits <= MaxDigits && double.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number);
    }

    [GeneratedRegex(@"^-?\d+\.\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalPattern();

    // "-0" is excluded: as a number it would lose its sign.
    [GeneratedRegex(@"^(0|-?[1-9]\d*)$", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerPattern();
}
