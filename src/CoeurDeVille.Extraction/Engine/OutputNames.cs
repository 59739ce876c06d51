using CoeurDeVille.Core.Text;
using CoeurDeVille.Core.Territories;

namespace CoeurDeVille.Extraction.Engine;

/// <summary>File names of outputs: <c>SOURCE_PERIMETER.ext</c>, safe on every file system.</summary>
public static class OutputNames
{
    public static string For(string sourceId, Perimeter perimeter, string extension) =>
        $"{Slug(sourceId)}_{(IsSafe(perimeter.Id) ? perimeter.Id : Slug(perimeter.Id))}{extension}";

    // Administrative ids (commune-2A004) keep their case: codes are case-sensitive for users.
    private static bool IsSafe(string id) => id.Length > 0 && id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');

    public static string Slug(string text)
    {
        var normalized = NameNormalizer.Normalize(text).Replace(' ', '-');
        var slug = new string([.. normalized.Where(c => char.IsAsciiLetterOrDigit(c) || c == '-')]);
        return slug.Length == 0 ? "extraction" : slug;
    }
}
