namespace CoeurDeVille.Core.Territories;

/// <summary>Normalisation of INSEE commune codes as they appear in the wild.</summary>
public static class CommuneCodes
{
    /// <summary>
    /// Trims, upper-cases Corsican codes ("2a004" → "2A004") and pads codes that lost their leading zero
    /// when a spreadsheet read them as numbers ("1004" → "01004", "1004.0" → "01004").
    /// </summary>
    public static string Normalize(string raw)
    {
        var code = raw.Trim().Trim('"').Trim();
        if (code.EndsWith(".0", StringComparison.Ordinal))
        {
            code = code[..^2];
        }

        if (code.Length == 4 && code.All(char.IsAsciiDigit))
        {
            return "0" + code;
        }

        if (code.Length == 5 && code[0] == '2' && (code[1] is 'a' or 'b'))
        {
            return string.Concat("2", char.ToUpperInvariant(code[1]).ToString(), code[2..]);
        }

        return code;
    }

    /// <summary>The département of a current commune code: 2 characters, 3 for overseas (97x).</summary>
    public static string DepartementOf(string communeCode) =>
        communeCode.StartsWith("97", StringComparison.Ordinal) ? communeCode[..3] : communeCode[..2];
}
