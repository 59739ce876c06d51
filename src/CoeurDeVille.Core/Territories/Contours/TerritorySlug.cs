using System.Globalization;
using System.Text;

namespace CoeurDeVille.Core.Territories.Contours;

/// <summary>
/// The slug of a territory name in contour URLs: lower case, no accents, spaces and apostrophes as hyphens
/// ("Pyrénées-Atlantiques" → "pyrenees-atlantiques", "Côtes-d'Armor" → "cotes-d-armor").
/// </summary>
public static class TerritorySlug
{
    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (c is 'œ' or 'Œ')
            {
                builder.Append("oe");
            }
            else if (c is 'æ' or 'Æ')
            {
                builder.Append("ae");
            }
            else if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().TrimEnd('-');
    }
}
