using System.Text;
using CoeurDeVille.Extraction.Writers;
using CoeurDeVille.Modules.Trees.Inventory;
using CoeurDeVille.Modules.Trees.SchemaArbre;

namespace CoeurDeVille.Modules.Trees.Export;

/// <summary>
/// Writes trees as a schema-arbre CSV the way the schema's own valid example is written: UTF-8 with BOM, « ; »
/// separator, the 26 columns in schema order, cells quoted only when they hold « ; », quotes or line ends.
/// Written to a temporary file and renamed: a failed export leaves no partial file.
/// </summary>
public static class SchemaArbreCsvWriter
{
    public static void Write(string path, IEnumerable<TreeRecord> trees)
    {
        using var file = new AtomicFile(path);
        using (var writer = new StreamWriter(file.TemporaryPath, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        {
            WriteRows(writer, trees.Select(TreeCells.ToCells));
        }

        file.Commit();
    }

    /// <summary>Writes the trees to an open writer (an HTTP response): the caller owns its encoding and BOM.</summary>
    public static void WriteTo(TextWriter writer, IEnumerable<TreeRecord> trees) => WriteRows(writer, trees.Select(TreeCells.ToCells));

    internal static void WriteRows(TextWriter writer, IEnumerable<string[]> rows)
    {
        writer.NewLine = "\r\n";
        WriteRow(writer, SchemaArbreFields.All);
        foreach (var row in rows)
        {
            WriteRow(writer, row);
        }
    }

    private static void WriteRow(TextWriter writer, IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(';');
            }

            var cell = cells[i];
            if (cell.AsSpan().IndexOfAny(";\"\r\n") >= 0)
            {
                writer.Write('"');
                writer.Write(cell.Replace("\"", "\"\"", StringComparison.Ordinal));
                writer.Write('"');
            }
            else
            {
                writer.Write(cell);
            }
        }

        writer.WriteLine();
    }
}
