namespace CoeurDeVille.Core.Catalogue;

/// <summary>
/// The « french-siret-value » custom check of both catalogue schemas: 14 digits whose Luhn key is right
/// (La Poste's establishments, SIREN 356000000, use the sum of the digits modulo 5 instead).
/// </summary>
internal static class FrenchSiret
{
    public static bool IsValid(string value)
    {
        if (value.Length != 14 || !value.All(char.IsAsciiDigit))
        {
            return false;
        }

        if (value.StartsWith("356000000", StringComparison.Ordinal))
        {
            return value.Sum(c => c - '0') % 5 == 0;
        }

        var sum = 0;
        for (var i = 0; i < 14; i++)
        {
            var digit = value[13 - i] - '0';
            if (i % 2 == 1)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        return sum % 10 == 0;
    }

    /// <summary>What is expected, or null when the SIRET is valid.</summary>
    public static string? Check(string value) =>
        IsValid(value) ? null : $"SIRET « {value} » invalide (clé de contrôle fausse) ; attendu : le SIRET à 14 chiffres d'un établissement existant.";
}
