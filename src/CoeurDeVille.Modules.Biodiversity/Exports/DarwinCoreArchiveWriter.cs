using System.IO.Compression;
using System.Text;
using System.Xml;
using CoeurDeVille.Extraction.Writers;

namespace CoeurDeVille.Modules.Biodiversity.Exports;

/// <summary>
/// Darwin Core Archive (DwC text guide, TDWG 2023): meta.xml describing an Occurrence core and occurrence.txt
/// (UTF-8, tab-separated, no quotes, one header line), with current term names;
/// <c>eml.xml</c> (<see cref="EmlWriter"/>) carries the dataset metadata. The SINP codes that Darwin Core has
/// no term for (cdNom, cdRef, codeCommune, codeMaille, codeDepartement) travel as extra fields in a <c>urn:cdv:sinp:</c> namespace, which
/// GBIF tools ignore and our reader maps back. The zip is built under a temporary name and renamed when complete.
/// </summary>
internal sealed class DarwinCoreArchiveWriter : IExportWriter
{
    private const string Dwc = "http://rs.tdwg.org/dwc/terms/";
    private const string Sinp = "urn:cdv:sinp:";
    private const string DataFile = "occurrence.txt";
    private const string MetadataFile = "eml.xml";

    private static readonly string[] Terms =
    [
        Dwc + "occurrenceID", Dwc + "basisOfRecord", Dwc + "occurrenceStatus", Dwc + "scientificName", Dwc + "taxonID",
        Dwc + "eventDate", Dwc + "year", Dwc + "month", Dwc + "individualCount", Dwc + "organismQuantity",
        Dwc + "organismQuantityType", Dwc + "recordedBy", Dwc + "decimalLongitude", Dwc + "decimalLatitude", Dwc + "geodeticDatum",
        Dwc + "dataGeneralizations", Sinp + "cdNom", Sinp + "cdRef", Sinp + "codeCommune", Sinp + "codeMaille",
        Sinp + "codeDepartement", Dwc + "identificationVerificationStatus", Dwc + "minimumElevationInMeters", Dwc + "maximumElevationInMeters",
    ];

    private readonly AtomicFile _file;
    private readonly FileStream _stream;
    private readonly ZipArchive _zip;
    private readonly StreamWriter _data;
    private readonly ObservationExportMetadata _metadata;
    private readonly ExportCoverage _coverage = new();

    public DarwinCoreArchiveWriter(string path, ObservationExportMetadata? metadata = null)
    {
        _metadata = metadata ?? new ObservationExportMetadata();
        _file = new AtomicFile(path);
        _stream = new FileStream(_file.TemporaryPath, FileMode.CreateNew, FileAccess.ReadWrite);
        _zip = new ZipArchive(_stream, ZipArchiveMode.Create, leaveOpen: true);
        WriteMeta();
        _data = new StreamWriter(_zip.CreateEntry(DataFile, CompressionLevel.Optimal).Open(), new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        WriteLine(Terms.Select(t => t[(t.LastIndexOfAny(['/', ':']) + 1)..]).ToArray());
    }

    public void Write(ExportRow row)
    {
        _coverage.Add(row);
        var sameCount = row.CountMin is { } min && row.CountMax == min;
        WriteLine(
        [
            row.PermanentId,
            "HumanObservation",
            row.Absent ? "absent" : "present",
            row.ValidName ?? row.CitedName,
            row.CdNom is { } nom ? "https://inpn.mnhn.fr/espece/cd_nom/" + ExportRow.Text(nom) : null,
            row.DateEnd is { } end && end != row.DateStart ? ExportRow.Text(row.DateStart) + "/" + ExportRow.Text(end) : ExportRow.Text(row.DateStart),
            row.DateStart?.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            row.DateStart?.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
            sameCount ? ExportRow.Text(row.CountMin) : null,
            !sameCount && row.CountMin is not null ? $"{ExportRow.Text(row.CountMin)}-{ExportRow.Text(row.CountMax)}" : null,
            !sameCount && row.CountMin is not null ? "individuals" : null,
            row.Observer,
            ExportRow.Text(row.Longitude),
            ExportRow.Text(row.Latitude),
            row.Longitude is null ? null : "EPSG:4326",
            row.Blurred ? "Position dégradée selon les règles de sensibilité du SINP" : null,
            ExportRow.Text(row.CdNom),
            ExportRow.Text(row.CdRef),
            string.Join(',', row.Communes),
            string.Join(',', row.Cells),
            row.Departement,
            row.ValidationLevel is { } level ? Observations.SinpValidation.Label(level) : null,
            ExportRow.Text(row.AltitudeMin),
            ExportRow.Text(row.AltitudeMax),
        ]);
    }

    public void Complete()
    {
        _data.Dispose();
        // Written last: its coverage is measured on the rows.
        using (var eml = _zip.CreateEntry(MetadataFile).Open())
        {
            EmlWriter.Write(eml, _metadata, _coverage);
        }

        _zip.Dispose();
        _stream.Dispose();
        _file.Commit();
    }

    public void Dispose()
    {
        _data.Dispose();
        _zip.Dispose();
        _stream.Dispose();
        _file.Dispose();
    }

    private void WriteMeta()
    {
        using var stream = _zip.CreateEntry("meta.xml").Open();
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) });
        const string Text = "http://rs.tdwg.org/dwc/text/";
        xml.WriteStartElement("archive", Text);
        xml.WriteAttributeString("metadata", MetadataFile);
        xml.WriteStartElement("core", Text);
        xml.WriteAttributeString("encoding", "UTF-8");
        xml.WriteAttributeString("fieldsTerminatedBy", "\\t");
        xml.WriteAttributeString("linesTerminatedBy", "\\n");
        xml.WriteAttributeString("fieldsEnclosedBy", "");
        xml.WriteAttributeString("ignoreHeaderLines", "1");
        xml.WriteAttributeString("rowType", Dwc + "Occurrence");
        xml.WriteStartElement("files", Text);
        xml.WriteElementString("location", Text, DataFile);
        xml.WriteEndElement();
        xml.WriteStartElement("id", Text);
        xml.WriteAttributeString("index", "0");
        xml.WriteEndElement();
        for (var i = 0; i < Terms.Length; i++)
        {
            xml.WriteStartElement("field", Text);
            xml.WriteAttributeString("index", i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            xml.WriteAttributeString("term", Terms[i]);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private void WriteLine(IReadOnlyList<string?> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                _data.Write('\t');
            }

            // Unquoted text format: a tab or line break inside a value would shift the columns.
            var value = values[i] ?? "";
            _data.Write(value.AsSpan().IndexOfAny('\t', '\n', '\r') >= 0 ? value.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ') : value);
        }

        _data.WriteLine();
    }
}
