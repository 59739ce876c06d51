namespace CoeurDeVille.Core.Text;

/// <summary>Counts written as French readers expect: "0 ligne", "1 ligne", "2 lignes".</summary>
public static class FrenchPlural
{
    public static string Of(long count, string noun) => count < 2 ? $"{count} {noun}" : $"{count} {noun}s";
}
