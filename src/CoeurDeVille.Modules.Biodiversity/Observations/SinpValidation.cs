using System.Globalization;
using System.Text;

namespace CoeurDeVille.Modules.Biodiversity.Observations;

/// <summary>
/// SINP validation level of a record (nomenclature « Niveaux de validation », GeoNature type <c>STATUT_VALID</c>,
/// <c>shared/data/biodiversity/nomenclatures/sinp_nomenclatures.csv</c>): 1 certain - très probable, 2 probable,
/// 3 douteux, 4 invalide, 5 non réalisable, 6 inconnu, 0 en attente de validation. Files give the code (SINP
/// <c>nivVal</c>) or the label (GeoNature import <c>niveau_validation</c>, DwC <c>identificationVerificationStatus</c>).
/// </summary>
public static class SinpValidation
{
    private static readonly string[] Labels =
    [
        "En attente de validation", "Certain - très probable", "Probable", "Douteux", "Invalide", "Non réalisable", "Inconnu",
    ];

    /// <summary>Highest code of the nomenclature.</summary>
    public const int Unknown = 6;

    public static string Label(int code) => code is >= 0 and <= Unknown ? Labels[code] : code.ToString(CultureInfo.InvariantCulture);

    /// <summary>What a file may say, for error messages.</summary>
    public static string Expected => "un code de 0 à 6 ou un libellé SINP (" + CodeList + ")";

    /// <summary>The codes with their labels: « 0 En attente de validation, 1 Certain - très probable, … ».</summary>
    public static string CodeList => string.Join(", ", Labels.Select((l, i) => $"{i} {l}"));

    public static bool TryParse(string? text, out int code)
    {
        code = -1;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        if (int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            code = number;
            return number is >= 0 and <= Unknown;
        }

        var key = Key(trimmed);
        for (var i = 0; i < Labels.Length; i++)
        {
            if (Key(Labels[i]) == key)
            {
                code = i;
                return true;
            }
        }

        // Short forms seen in files: « Certain », « En attente », « Non évaluable » (the platform's own wording of 5).
        code = key switch
        {
            "certain" or "tres probable" => 1,
            "en attente" => 0,
            "non evaluable" => 5,
            _ => -1,
        };
        return code >= 0;
    }

    private static string Key(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return string.Join(' ', builder.ToString().Replace('-', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
