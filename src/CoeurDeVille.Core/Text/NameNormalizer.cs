using System.Globalization;
using System.Text;

namespace CoeurDeVille.Core.Text;

/// <summary>Folds a place name for comparison: no accents, lower case, hyphens and apostrophes as spaces.</summary>
public static class NameNormalizer
{
    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var lastWasSpace = true;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var folded = c switch
            {
                'œ' or 'Œ' => "oe",
                'æ' or 'Æ' => "ae",
                _ when char.IsLetterOrDigit(c) => char.ToLowerInvariant(c).ToString(),
                _ => " ",
            };
            if (folded == " ")
            {
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            builder.Append(folded);
            lastWasSpace = false;
        }

        var result = builder.ToString().TrimEnd();
        // "St-Omer" and "Saint-Omer" are the same town.
        return result.StartsWith("st ", StringComparison.Ordinal) ? "saint " + result[3..] : result.Replace(" st ", " saint ", StringComparison.Ordinal);
    }
}
