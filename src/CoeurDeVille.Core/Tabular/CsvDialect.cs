using System.Text;

namespace CoeurDeVille.Core.Tabular;

/// <summary>How a CSV file is written: its encoding, separator and whether it starts with a byte-order mark.</summary>
/// <param name="PreambleLength">Bytes of BOM to skip at the start of the file.</param>
public sealed record CsvDialect(Encoding Encoding, byte Separator, int PreambleLength)
{
    public bool IsUtf8 => Encoding.CodePage == Encoding.UTF8.CodePage;

    /// <summary>The separator as people name it in messages.</summary>
    public string SeparatorName => Separator switch
    {
        (byte)',' => "virgule",
        (byte)';' => "point-virgule",
        (byte)'\t' => "tabulation",
        (byte)'|' => "barre verticale",
        _ => $"« {(char)Separator} »",
    };
}
