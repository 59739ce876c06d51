using System.Globalization;
using System.Text;
using System.Xml;

namespace CoeurDeVille.Modules.Biodiversity.Exports;

/// <summary>
/// <c>eml.xml</c> of a Darwin Core archive, in the GBIF EML profile (EML 2.1.1, elements in the schema's order):
/// title, creator, metadata provider, publication date, language, abstract, intellectual rights, coverage
/// (bounding box of the published positions, range of dates, taxonomic summary), contact. GBIF's IPT asks for it.
/// </summary>
internal static class EmlWriter
{
    private const string Eml = "eml://ecoinformatics.org/eml-2.1.1";
    private const int ListedTaxa = 200;

    public static void Write(Stream stream, ObservationExportMetadata metadata, ExportCoverage coverage)
    {
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) });
        xml.WriteStartElement("eml", "eml", Eml);
        xml.WriteAttributeString("xmlns", "dc", null, "http://purl.org/dc/terms/");
        xml.WriteAttributeString("xsi", "schemaLocation", "http://www.w3.org/2001/XMLSchema-instance",
            Eml + " http://rs.gbif.org/schema/eml-gbif-profile/1.1/eml.xsd");
        xml.WriteAttributeString("packageId", coverage.PackageId);
        xml.WriteAttributeString("system", "http://gbif.org");
        xml.WriteAttributeString("scope", "system");
        xml.WriteAttributeString("xml", "lang", null, "fr");
        xml.WriteStartElement("dataset");
        xml.WriteElementString("title", metadata.Title);
        Party(xml, "creator", metadata);
        Party(xml, "metadataProvider", metadata);
        if (metadata.Published is { } day)
        {
            xml.WriteElementString("pubDate", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        xml.WriteElementString("language", "fr");
        xml.WriteStartElement("abstract");
        xml.WriteElementString("para", metadata.Abstract);
        xml.WriteEndElement();
        xml.WriteStartElement("intellectualRights");
        xml.WriteStartElement("para");
        xml.WriteString("Ces données sont publiées sous ");
        xml.WriteStartElement("ulink");
        xml.WriteAttributeString("url", metadata.LicenceUrl);
        xml.WriteElementString("citetitle", metadata.LicenceName);
        xml.WriteEndElement();
        xml.WriteString(".");
        xml.WriteEndElement();
        xml.WriteEndElement();
        Coverage(xml, metadata, coverage);
        Party(xml, "contact", metadata);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Party(XmlWriter xml, string element, ObservationExportMetadata metadata)
    {
        xml.WriteStartElement(element);
        xml.WriteElementString("organizationName", metadata.Creator);
        if (metadata.ContactEmail is { Length: > 0 } email)
        {
            xml.WriteElementString("electronicMailAddress", email);
        }

        xml.WriteEndElement();
    }

    private static void Coverage(XmlWriter xml, ObservationExportMetadata metadata, ExportCoverage coverage)
    {
        if (coverage.Box is null && coverage.First is null && coverage.TaxaCount == 0)
        {
            return;
        }

        xml.WriteStartElement("coverage");
        if (coverage.Box is { } box)
        {
            xml.WriteStartElement("geographicCoverage");
            xml.WriteElementString("geographicDescription",
                (metadata.Place ?? "Étendue") + " : rectangle englobant les positions publiées (les données floutées n'y figurent pas).");
            xml.WriteStartElement("boundingCoordinates");
            xml.WriteElementString("westBoundingCoordinate", Number(box.West));
            xml.WriteElementString("eastBoundingCoordinate", Number(box.East));
            xml.WriteElementString("northBoundingCoordinate", Number(box.North));
            xml.WriteElementString("southBoundingCoordinate", Number(box.South));
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        if (coverage is { First: { } first, Last: { } last })
        {
            xml.WriteStartElement("temporalCoverage");
            xml.WriteStartElement("rangeOfDates");
            xml.WriteStartElement("beginDate");
            xml.WriteElementString("calendarDate", first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            xml.WriteEndElement();
            xml.WriteStartElement("endDate");
            xml.WriteElementString("calendarDate", last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        if (coverage.TaxaCount > 0)
        {
            xml.WriteStartElement("taxonomicCoverage");
            var listed = coverage.MostRecorded(ListedTaxa);
            xml.WriteElementString("generalTaxonomicCoverage", string.Create(CultureInfo.InvariantCulture,
                $"{coverage.TaxaCount} taxons distincts ; {listed.Count} les plus observés listés ci-dessous (nom scientifique TAXREF)."));
            foreach (var name in listed)
            {
                xml.WriteStartElement("taxonomicClassification");
                xml.WriteElementString("taxonRankValue", name);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static string Number(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}
