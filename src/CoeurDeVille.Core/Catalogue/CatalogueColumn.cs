using System.Globalization;
using System.Text.RegularExpressions;

namespace CoeurDeVille.Core.Catalogue;

/// <summary>
/// One column of a catalogue table: its name, constraints (from the schema JSON) and how it reads into and
/// writes from a <see cref="Dataset"/>. <see cref="Key"/> names the model property, so the companion table
/// knows what the main schema already carries.
/// </summary>
internal sealed partial record CatalogueColumn(
    string Name,
    string Key,
    Func<Dataset, string?> Write,
    Func<Dataset, string, Dataset> Read)
{
    public bool Required { get; init; }

    public CatalogueValueFormat Format { get; init; }

    public IReadOnlyList<string>? Allowed { get; init; }

    /// <summary>Regular expression the value must match, with what users read instead.</summary>
    public (Regex Regex, string Hint)? Pattern { get; init; }

    public int? Minimum { get; init; }

    /// <summary>Extra check (French labels of enumerations): returns what is expected, or null when fine.</summary>
    public Func<string, string?>? Extra { get; init; }

    /// <summary>Check made on the dataset before writing (a list item holding the separator): returns the problem, or null.</summary>
    public Func<Dataset, string?>? WriteCheck { get; init; }

    /// <summary>Columns read later see what earlier ones set (resource count after formats).</summary>
    public int ReadOrder { get; init; }

    /// <summary>What is wrong with a non-empty value, said in French with what is expected; null when fine.</summary>
    public string? Check(string value)
    {
        var problem = Format switch
        {
            CatalogueValueFormat.Date when !TryParseDate(value, out _) =>
                $"date invalide « {value} » ; attendu : une date AAAA-MM-JJ (ex. 2019-05-28).",
            CatalogueValueFormat.Email when !EmailRegex().IsMatch(value) =>
                $"adresse électronique invalide « {value} » ; attendu : une adresse comme nom@commune.fr.",
            CatalogueValueFormat.Uri when !Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme.Length == 0 || value.Any(char.IsWhiteSpace) =>
                $"adresse web invalide « {value} » ; attendu : une URL complète commençant par https://.",
            CatalogueValueFormat.Integer when !int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) || n < (Minimum ?? int.MinValue) =>
                $"nombre invalide « {value} » ; attendu : un nombre entier{(Minimum is { } min ? $" supérieur ou égal à {min}" : "")}.",
            _ => null,
        };
        if (problem is not null)
        {
            return problem;
        }

        if (Allowed is not null && !Allowed.Contains(value, StringComparer.Ordinal))
        {
            return $"valeur « {value} » hors liste ; attendu : {string.Join(", ", Allowed.Select(a => $"« {a} »"))}.";
        }

        if (Pattern is { } pattern && !pattern.Regex.IsMatch(value))
        {
            return $"valeur « {value} » mal formée ; attendu : {pattern.Hint}.";
        }

        return Extra?.Invoke(value);
    }

    public static bool TryParseDate(string value, out DateOnly date) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailRegex();
}
