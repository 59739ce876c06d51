using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using CoeurDeVille.Modules.Biodiversity.Tabular;

namespace CoeurDeVille.Modules.Biodiversity.Observations;

/// <summary>
/// Opens the core data file of a Darwin Core Archive (zip) as a table whose columns are named by the terms of
/// meta.xml (their last path segment, so old capitalised terms such as <c>dwc:ScientificName</c> match like the current
/// ones). Mac resource forks (<c>__MACOSX/</c>, <c>._*</c>) are ignored. Without meta.xml, a single data file's header
/// names the terms, as the DwC text guide allows.
/// </summary>
internal static class DarwinCoreArchive
{
    private static readonly XNamespace Text = "http://rs.tdwg.org/dwc/text/";

    public static DelimitedTable OpenCore(ZipArchive zip, string zipName)
    {
        var entries = zip.Entries.Where(e => e.Length > 0 && !IsMacResource(e.FullName)).ToList();
        var meta = entries.FirstOrDefault(e => e.Name.Equals("meta.xml", StringComparison.OrdinalIgnoreCase));
        if (meta is null)
        {
            var data = entries.Where(e => e.Name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || e.Name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)).ToList();
            if (data.Count != 1)
            {
                throw new BiodiversityFileException(new FileError(zipName, 0, null, "ni meta.xml ni fichier de données unique dans l'archive", "une archive Darwin Core (meta.xml et son fichier d'occurrences)"));
            }

            var reader = new StreamReader(data[0].Open(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return DelimitedTable.Open(reader, $"{zipName}/{data[0].FullName}", data[0].Name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? ',' : '\t');
        }

        XElement core;
        try
        {
            using var stream = meta.Open();
            core = XDocument.Load(stream).Root?.Element(Text + "core")
                ?? throw new BiodiversityFileException(new FileError($"{zipName}/{meta.FullName}", 0, "core", "élément absent", "<core rowType=\"…/Occurrence\"> avec ses <field>"));
        }
        catch (XmlException exception)
        {
            throw new BiodiversityFileException(new FileError($"{zipName}/{meta.FullName}", exception.LineNumber, null, $"XML mal formé ({exception.Message})", "un meta.xml Darwin Core valide"));
        }

        var rowType = (string?)core.Attribute("rowType") ?? "";
        if (!rowType.EndsWith("Occurrence", StringComparison.OrdinalIgnoreCase) && !rowType.EndsWith("DarwinCore", StringComparison.OrdinalIgnoreCase))
        {
            throw new BiodiversityFileException(new FileError($"{zipName}/{meta.FullName}", 0, "rowType", $"le cœur de l'archive est « {rowType} »", "des occurrences (http://rs.tdwg.org/dwc/terms/Occurrence)"));
        }

        var location = core.Element(Text + "files")?.Element(Text + "location")?.Value.Trim() ?? "";
        var folder = meta.FullName[..^meta.Name.Length];
        var dataEntry = entries.FirstOrDefault(e => e.FullName == folder + location)
            ?? throw new BiodiversityFileException(new FileError($"{zipName}/{meta.FullName}", 0, "location", $"fichier « {location} » absent de l'archive", "le fichier de données nommé par meta.xml"));

        var (columns, defaults) = Columns(core);
        var encodingName = (string?)core.Attribute("encoding") ?? "UTF-8";
        Encoding encoding;
        try
        {
            encoding = Encoding.GetEncoding(encodingName);
        }
        catch (ArgumentException)
        {
            throw new BiodiversityFileException(new FileError($"{zipName}/{meta.FullName}", 0, "encoding", $"encodage « {encodingName} » non pris en charge", "UTF-8 ou ISO-8859-1"));
        }

        var separator = Unescape((string?)core.Attribute("fieldsTerminatedBy") ?? ",");
        if (separator.Length != 1)
        {
            throw new BiodiversityFileException(new FileError($"{zipName}/{meta.FullName}", 0, "fieldsTerminatedBy", $"séparateur « {separator} »", "un seul caractère (\\t, virgule, point-virgule)"));
        }

        var quoted = Unescape((string?)core.Attribute("fieldsEnclosedBy") ?? "\"") == "\"";
        var skip = int.TryParse((string?)core.Attribute("ignoreHeaderLines"), NumberStyles.None, CultureInfo.InvariantCulture, out var lines) ? lines : 0;
        var text = new StreamReader(dataEntry.Open(), encoding, detectEncodingFromByteOrderMarks: true);
        return DelimitedTable.Open(text, $"{zipName}/{dataEntry.FullName}", separator[0], columns, skip, defaults, quoted);
    }

    private static (string[] Columns, Dictionary<int, string> Defaults) Columns(XElement core)
    {
        var indexed = new Dictionary<int, string>();
        var defaults = new Dictionary<int, string>();
        var unindexed = new List<(string Term, string Default)>();
        foreach (var field in core.Elements(Text + "field"))
        {
            var term = TermName((string?)field.Attribute("term") ?? "");
            if (int.TryParse((string?)field.Attribute("index"), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                indexed[index] = term;
                if ((string?)field.Attribute("default") is { } value)
                {
                    defaults[index] = value;
                }
            }
            else if ((string?)field.Attribute("default") is { } constant)
            {
                unindexed.Add((term, constant));
            }
        }

        // The <id> column is the record's identifier: named occurrenceID unless a field already is.
        if (int.TryParse((string?)core.Element(Text + "id")?.Attribute("index"), NumberStyles.None, CultureInfo.InvariantCulture, out var idIndex)
            && !indexed.ContainsKey(idIndex) && !indexed.ContainsValue("occurrenceID"))
        {
            indexed[idIndex] = "occurrenceID";
        }

        var count = indexed.Count == 0 ? 0 : indexed.Keys.Max() + 1;
        var columns = new string[count + unindexed.Count];
        for (var i = 0; i < count; i++)
        {
            columns[i] = indexed.GetValueOrDefault(i, "");
        }

        for (var i = 0; i < unindexed.Count; i++)
        {
            columns[count + i] = unindexed[i].Term;
            defaults[count + i] = unindexed[i].Default;
        }

        return (columns, defaults);
    }

    private static string TermName(string term) => term[(term.LastIndexOfAny(['/', '#', ':']) + 1)..];

    private static string Unescape(string value) => value.Replace("\\t", "\t", StringComparison.Ordinal);

    private static bool IsMacResource(string path) =>
        path.StartsWith("__MACOSX/", StringComparison.Ordinal) || Path.GetFileName(path).StartsWith("._", StringComparison.Ordinal);
}
