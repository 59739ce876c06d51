using System.Globalization;

namespace CoeurDeVille.Web.Extractor;

/// <summary>Numbers as French readers write them (1 234 567), whatever the server's culture.</summary>
public static class FrenchNumber
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static string Format(long value) => value.ToString("N0", French).Replace('\u202f', ' ').Replace('\u00a0', ' ');
}
