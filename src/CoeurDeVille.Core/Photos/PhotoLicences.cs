namespace CoeurDeVille.Core.Photos;

/// <summary>
/// The licences offered to photo authors. The three Creative Commons licences that iNaturalist and the SINP photo
/// banks accept for reuse in open data (attribution, share-alike, public domain); codes are SPDX identifiers.
/// </summary>
public static class PhotoLicences
{
    public static IReadOnlyList<PhotoLicence> All { get; } =
    [
        new("CC-BY-4.0", "Creative Commons Attribution 4.0 (citer l'auteur)", new Uri("https://creativecommons.org/licenses/by/4.0/deed.fr")),
        new("CC-BY-SA-4.0", "Creative Commons Attribution – Partage dans les mêmes conditions 4.0", new Uri("https://creativecommons.org/licenses/by-sa/4.0/deed.fr")),
        new("CC0-1.0", "Creative Commons Zéro (domaine public)", new Uri("https://creativecommons.org/publicdomain/zero/1.0/deed.fr")),
    ];

    public static bool IsKnown(string? code) => Find(code) is not null;

    public static PhotoLicence? Find(string? code) =>
        All.FirstOrDefault(l => string.Equals(l.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase));
}
