using System.Text.RegularExpressions;

namespace CoeurDeVille.Web.Catalogue;

/// <summary>
/// Strict patterns of the identifiers that come in URLs: a territory is an INSEE commune code (5 characters, Corsica
/// 2A/2B) or an EPCI SIREN (9 digits); a dataset id is a slug of letters, digits and <c>. _ ~ -</c>, 200 characters at
/// most, starting with a letter or digit. Anything else is refused before the database is queried.
/// </summary>
public static partial class CatalogueIdentifiers
{
    public const int MaxDatasetIdLength = 200;

    public static bool IsTerritoryCode(string? value) => value is not null && TerritoryCode().IsMatch(value);

    public static bool IsDatasetId(string? value) => value is not null && DatasetId().IsMatch(value);

    [GeneratedRegex(@"^(?:[0-9]{5}|2[AB][0-9]{3}|[0-9]{9})\z", RegexOptions.CultureInvariant)]
    private static partial Regex TerritoryCode();

    [GeneratedRegex(@"^[\p{L}\p{N}][\p{L}\p{N}._~-]{0,199}\z", RegexOptions.CultureInvariant)]
    private static partial Regex DatasetId();
}
