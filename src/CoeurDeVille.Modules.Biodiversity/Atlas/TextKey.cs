using System.Globalization;
using System.Text;

namespace CoeurDeVille.Modules.Biodiversity.Atlas;

/// <summary>Search key of a name: lower case, accents removed (« Épervier » and « epervier » match).</summary>
internal static class TextKey
{
    public static string Of(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
