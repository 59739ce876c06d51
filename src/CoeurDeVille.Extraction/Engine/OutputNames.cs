using CoeurDeVille.Core.Text;
using CoeurDeVille.Core.Territories;

namespace CoeurDeVille.Extraction.Engine;

/// <summary>File names of outputs: <c>SOURCE_PERIMETER.ext</c>, safe on every file system.</summary>
public static class OutputNames
{
    public static string For(string sourceId, Perimeter perimeter, string extension) =>
        $"{Slug(sourceId)}_{Slug(perimeter.Id)}{extension}";

    public static string Slug(string text)
    {
        var normalized = NameNormalizer.Normalize(text).Replace(' ', '-');
        var slug = new string([.. normalized.Where(c => char.IsAsciiLetterOrDigit(c) || c == '-')]);
        return slug.Length == 0 ? "extraction" : slug;
    }
}
