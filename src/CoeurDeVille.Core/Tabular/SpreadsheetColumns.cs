namespace CoeurDeVille.Core.Tabular;

/// <summary>Spreadsheet cell references: "C12" → column index 2 (0-based).</summary>
internal static class SpreadsheetColumns
{
    public static int IndexOf(string reference)
    {
        var index = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c))
            {
                break;
            }

            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return index - 1;
    }
}
