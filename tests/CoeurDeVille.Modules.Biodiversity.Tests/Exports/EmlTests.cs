using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;
using CoeurDeVille.Modules.Biodiversity.Exports;
using CoeurDeVille.Modules.Biodiversity.Observations;
using CoeurDeVille.Modules.Biodiversity.Taxonomy;
using CoeurDeVille.TestSupport;
using Xunit;

namespace CoeurDeVille.Modules.Biodiversity.Tests.Exports;

/// <summary>The Darwin Core archive's eml.xml (GBIF EML profile), read back with an XML reader, on the real Écrins file.</summary>
public sealed class EmlTests
{
    [Fact]
    public void Eml_states_metadata_and_the_coverage_of_the_written_records()
    {
        var taxonomy = TaxrefReader.Load(BiodiversityData.BibNoms);
        using var reader = ObservationFileReader.Open(BiodiversityData.Ecrins);
        var observations = reader.Read().ToList();
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, "export.zip");
        var metadata = new ObservationExportMetadata { Title = "Essai", Creator = "Ville de Fécamp", ContactEmail = "sig@example.fr", Published = new DateOnly(2026, 1, 15) };
        ObservationExporter.Export(observations, ExportFormat.DarwinCoreArchive, path, new ObservationExportOptions { Taxonomy = taxonomy, Metadata = metadata }, TestContext.Current.CancellationToken);
        using var zip = ZipFile.OpenRead(path);
        Assert.Equal("eml.xml", XDocument.Load(zip.GetEntry("meta.xml")!.Open()).Root!.Attribute("metadata")?.Value);
        var dataset = XDocument.Load(zip.GetEntry("eml.xml")!.Open()).Root!.Element("dataset")!;
        Assert.Equal(["title", "creator", "metadataProvider", "pubDate", "language", "abstract", "intellectualRights", "coverage", "contact"],
            dataset.Elements().Select(e => e.Name.LocalName));
        Assert.Equal("Ville de Fécamp", dataset.Element("creator")!.Element("organizationName")!.Value);
        Assert.Equal("2026-01-15", dataset.Element("pubDate")!.Value);
        var present = observations.Where(o => !o.Deleted).ToList();
        var dates = present.Where(o => o.DateStart is not null).ToList();
        Assert.Equal(dates.Min(o => o.DateStart)!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), dataset.Descendants("beginDate").Single().Value);
        // Reference taxa (CD_REF through TAXREF, else the file's), else cited names.
        var names = present.Select(o => ((o.CdNom is { } nom ? taxonomy.ReferenceOf(nom) : null) ?? o.CdRef) is { } r ? "r" + r : o.CitedName)
            .Where(k => k is not null).Distinct().Count();
        Assert.StartsWith($"{names} taxons", dataset.Descendants("generalTaxonomicCoverage").Single().Value, StringComparison.Ordinal);
        Assert.Equal(Math.Min(names, 200), dataset.Descendants("taxonomicClassification").Count());
    }
}
