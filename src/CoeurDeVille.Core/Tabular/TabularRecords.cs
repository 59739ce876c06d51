using CoeurDeVille.Core.Validation;

namespace CoeurDeVille.Core.Tabular;

/// <summary>
/// The text records the Table Schema validator reads, for modules that import tables: the same RFC 4180 CSV
/// parser and first-sheet XLSX reader, so an import and its validation see the same cells.
/// </summary>
public static class TabularRecords
{
    /// <summary>Streams CSV records (quoted cells, doubled quotes, any line end); an empty line is an empty record.</summary>
    public static IEnumerable<string[]> ReadCsv(TextReader reader, char separator) => CsvRecordReader.Read(reader, separator);

    /// <summary>Reads the first sheet of a workbook; skipped rows become empty records.</summary>
    public static IEnumerable<string[]> ReadFirstSheet(string path) => XlsxRecordReader.Read(path);
}
