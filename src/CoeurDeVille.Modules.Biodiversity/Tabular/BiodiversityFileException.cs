using System.Globalization;

namespace CoeurDeVille.Modules.Biodiversity.Tabular;

/// <summary>
/// A biodiversity file refused as a whole (all or nothing): the errors found, in file order, at most
/// <see cref="MaxListed"/> of them listed, and how many there were in all.
/// </summary>
public sealed class BiodiversityFileException : Exception
{
    public const int MaxListed = 20;

    public BiodiversityFileException(IReadOnlyList<FileError> errors, int totalErrors)
        : base(Describe(errors, totalErrors))
    {
        Errors = errors;
        TotalErrors = totalErrors;
    }

    public BiodiversityFileException(FileError error)
        : this([error], 1)
    {
    }

    public IReadOnlyList<FileError> Errors { get; }

    public int TotalErrors { get; }

    private static string Describe(IReadOnlyList<FileError> errors, int total)
    {
        if (errors.Count == 1 && total == 1)
        {
            return errors[0].Message + " Rien n'a été importé.";
        }

        var head = string.Create(CultureInfo.InvariantCulture, $"{total} erreurs, rien n'a été importé :");
        var lines = errors.Select(e => "- " + e.Message);
        var more = total > errors.Count ? [string.Create(CultureInfo.InvariantCulture, $"- … et {total - errors.Count} autres.")] : Array.Empty<string>();
        return string.Join(Environment.NewLine, [head, .. lines, .. more]);
    }
}
