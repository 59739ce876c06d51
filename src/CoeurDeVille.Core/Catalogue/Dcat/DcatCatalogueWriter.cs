using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using static CoeurDeVille.Core.Catalogue.Dcat.RdfVocabulary;

namespace CoeurDeVille.Core.Catalogue.Dcat;

/// <summary>
/// Exports a territory's <see cref="Inventory"/> as a DCAT-AP 3.0.1 catalogue, in Turtle or in JSON-LD with an inline
/// context, for the national portal's harvester (udata) and any DCAT-AP reuser.
/// </summary>
/// <remarks>
/// <para>Only datasets whose openness status is <see cref="OpennessStatus.AlreadyOpen"/> are exported; the others are
/// omitted, not flagged. A DCAT catalogue is a publication feed: data.gouv.fr harvests every dcat:Dataset it finds and
/// would list candidates and closed datasets as if they were open data, with no file to download, and naming a dataset
/// kept closed for security or personal-data reasons can itself disclose something. The full inventory, with the
/// statuses and blocker reasons, is published through the Etalab and SCDL catalogue exports instead.</para>
/// <para>Values are written as found: a missing mandatory value (a dataset without description) is not invented, so
/// the SHACL validation of the export reports it. Themes, frequencies, formats and licences map to EU authority tables
/// and licence URIs when the match is obvious, and are left out otherwise. Referenced vocabulary resources are typed in
/// the graph itself (skos:Concept, dct:Frequency…) so that the DCAT-AP range shapes pass without the EU tables.</para>
/// <para>Distributions without an access URL are left out: DCAT-AP requires dcat:accessURL and udata needs a URL to
/// build a resource.</para>
/// </remarks>
public sealed partial class DcatCatalogueWriter
{
    private readonly DcatCatalogueMetadata _metadata;
    private readonly string _base;

    public DcatCatalogueWriter(DcatCatalogueMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        if (!metadata.BaseUri.IsAbsoluteUri || metadata.BaseUri.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException($"L'URI de base du catalogue doit être une adresse http(s) absolue : « {metadata.BaseUri} ».", nameof(metadata));
        }

        _metadata = metadata;
        _base = metadata.BaseUri.AbsoluteUri.TrimEnd('/');
    }

    /// <summary>Whether a dataset goes into the DCAT export: only datasets already open (see remarks).</summary>
    public static bool IsExported(Dataset dataset) => dataset.OpennessStatus == OpennessStatus.AlreadyOpen;

    /// <summary>URI of the catalogue of a territory: <c>{base}/territoires/{code}/catalogue</c>.</summary>
    public Uri CatalogueUri(string territoryCode) => new($"{_base}/territoires/{Segment(territoryCode)}/catalogue");

    /// <summary>URI of the whole instance's catalogue (every territory): <c>{base}/catalogue</c>.</summary>
    public Uri InstanceCatalogueUri() => new($"{_base}/catalogue");

    /// <summary>Stable URI of a dataset: <c>{base}/territoires/{code}/jeux-de-donnees/{id}</c>.</summary>
    public Uri DatasetUri(string territoryCode, string datasetId) =>
        new($"{_base}/territoires/{Segment(territoryCode)}/jeux-de-donnees/{Segment(datasetId)}");

    public void WriteTurtle(Inventory inventory, TextWriter writer) => TurtleSerializer.Write(Build(inventory), writer);

    /// <summary>Writes UTF-8 JSON-LD whose <c>@context</c> is an inline object (no remote context to fetch).</summary>
    public void WriteJsonLd(Inventory inventory, Stream stream) => JsonLdSerializer.Write(Build(inventory), stream);

    public string ToTurtle(Inventory inventory)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        WriteTurtle(inventory, writer);
        return writer.ToString();
    }

    public string ToJsonLd(Inventory inventory)
    {
        using var stream = new MemoryStream();
        WriteJsonLd(inventory, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>
    /// The instance's catalogue in Turtle: one dcat:Catalog (<see cref="InstanceCatalogueUri"/>) listing the exported
    /// datasets of every inventory, each dataset keeping its territory's stable URI.
    /// </summary>
    public string ToTurtle(IReadOnlyList<Inventory> inventories)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        TurtleSerializer.Write(Build(InstanceCatalogueUri(), inventories), writer);
        return writer.ToString();
    }

    /// <summary>The instance's catalogue in JSON-LD (inline context); see <see cref="ToTurtle(IReadOnlyList{Inventory})"/>.</summary>
    public string ToJsonLd(IReadOnlyList<Inventory> inventories)
    {
        using var stream = new MemoryStream();
        JsonLdSerializer.Write(Build(InstanceCatalogueUri(), inventories), stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private RdfGraph Build(Inventory inventory)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        return Build(CatalogueUri(inventory.TerritoryCode), [inventory]);
    }

    private RdfGraph Build(Uri catalogueUri, IReadOnlyList<Inventory> inventories)
    {
        ArgumentNullException.ThrowIfNull(inventories);
        var graph = new RdfGraph();
        var catalogue = graph.Describe(new RdfTerm.Iri(catalogueUri.AbsoluteUri), DcatNs + "Catalog");
        catalogue.Add(Dct + "title", French(_metadata.Title));
        catalogue.Add(Dct + "description", French(_metadata.Description));
        var publisher = Agent(graph, _metadata.PublisherName, _metadata.PublisherUri?.AbsoluteUri);
        catalogue.Add(Dct + "publisher", publisher);
        if (RdfIri.From(_metadata.Homepage?.AbsoluteUri) is { } homepage)
        {
            catalogue.Add(Foaf + "homepage", Typed(graph, homepage, Foaf + "Document"));
        }

        catalogue.Add(Dct + "language", Typed(graph, new RdfTerm.Iri(DcatVocabularies.FrenchLanguage), Dct + "LinguisticSystem"));
        var exported = inventories.SelectMany(i => i.Datasets.Where(IsExported).Select(d => (Inventory: i, Dataset: d))).ToList();
        if (exported.Any(e => DcatVocabularies.Theme(e.Dataset.Theme) is not null))
        {
            var scheme = graph.Describe(new RdfTerm.Iri(DcatVocabularies.ThemeScheme), Skos + "ConceptScheme");
            scheme.Add(Dct + "title", French("Thèmes des données"));
            catalogue.Add(DcatNs + "themeTaxonomy", scheme.Subject);
        }

        foreach (var (inventory, dataset) in exported)
        {
            catalogue.Add(DcatNs + "dataset", new RdfTerm.Iri(DatasetUri(inventory.TerritoryCode, dataset.Id).AbsoluteUri));
        }

        foreach (var (inventory, dataset) in exported)
        {
            AddDataset(graph, inventory, dataset, publisher);
        }

        return graph;
    }

    private void AddDataset(RdfGraph graph, Inventory inventory, Dataset dataset, RdfTerm cataloguePublisher)
    {
        var uri = DatasetUri(inventory.TerritoryCode, dataset.Id).AbsoluteUri;
        var node = graph.Describe(new RdfTerm.Iri(uri), DcatNs + "Dataset");
        node.Add(Dct + "identifier", new RdfTerm.Literal(dataset.Id));
        node.Add(Dct + "title", French(dataset.Title));
        if (!string.IsNullOrWhiteSpace(dataset.Description))
        {
            node.Add(Dct + "description", French(dataset.Description));
        }

        foreach (var keyword in dataset.Keywords.Where(k => !string.IsNullOrWhiteSpace(k)))
        {
            node.Add(DcatNs + "keyword", French(keyword.Trim()));
        }

        if (DcatVocabularies.Theme(dataset.Theme) is var (themeUri, themeLabel))
        {
            var theme = graph.Describe(new RdfTerm.Iri(themeUri), Skos + "Concept");
            if (theme.Statements.Count == 0)
            {
                theme.Add(Skos + "prefLabel", French(themeLabel)).Add(Skos + "inScheme", new RdfTerm.Iri(DcatVocabularies.ThemeScheme));
            }

            node.Add(DcatNs + "theme", theme.Subject);
        }

        // The publishing authority of the inventory (SCDL COLL_NOM) when given, else the catalogue's publisher;
        // the producing organisation, when it is another one, is the creator.
        var publisher = string.IsNullOrWhiteSpace(dataset.PublisherName) ? cataloguePublisher : Agent(graph, dataset.PublisherName, null);
        node.Add(Dct + "publisher", publisher);
        if (!string.IsNullOrWhiteSpace(dataset.ProducerName) && dataset.ProducerName != dataset.PublisherName)
        {
            node.Add(Dct + "creator", Agent(graph, dataset.ProducerName, null));
        }

        var email = dataset.ContactEmail ?? dataset.ServiceContactEmail;
        if (!string.IsNullOrWhiteSpace(email) && RdfIri.From("mailto:" + email.Trim()) is { } mailto)
        {
            var contact = graph.Describe(graph.NewBlank(), Vcard + "Kind");
            contact.Add(Vcard + "fn", new RdfTerm.Literal(dataset.ProducerService ?? dataset.ProducerName ?? email.Trim()));
            contact.Add(Vcard + "hasEmail", mailto);
            node.Add(DcatNs + "contactPoint", contact.Subject);
        }

        if (dataset.Created is { } created)
        {
            node.Add(Dct + "issued", Date(created));
        }

        if (dataset.Modified is { } modified)
        {
            node.Add(Dct + "modified", Date(modified));
        }

        if (DcatVocabularies.FrequencyUri(dataset.UpdateFrequency) is { } frequency)
        {
            node.Add(Dct + "accrualPeriodicity", Typed(graph, new RdfTerm.Iri(frequency), Dct + "Frequency"));
        }

        node.Add(Dct + "spatial", Spatial(graph, dataset.TerritoryCode ?? inventory.TerritoryCode, dataset.SpatialCoverage));
        if (dataset.CoverageStart is not null || dataset.CoverageEnd is not null)
        {
            var period = graph.Describe(graph.NewBlank(), Dct + "PeriodOfTime");
            if (dataset.CoverageStart is { } start)
            {
                period.Add(DcatNs + "startDate", Date(start));
            }

            if (dataset.CoverageEnd is { } end)
            {
                period.Add(DcatNs + "endDate", Date(end));
            }

            node.Add(Dct + "temporal", period.Subject);
        }

        var schema = Standard(graph, dataset.Schema);
        if (schema is not null)
        {
            node.Add(Dct + "conformsTo", schema);
        }

        if (RdfIri.From(dataset.LandingPage) is { } landingPage)
        {
            node.Add(DcatNs + "landingPage", Typed(graph, landingPage, Foaf + "Document"));
        }

        var licence = DcatVocabularies.LicenceUri(dataset.Licence);
        var number = 0;
        foreach (var distribution in dataset.Distributions)
        {
            number++;
            if (RdfIri.From(distribution.Url) is not { } accessUrl)
            {
                continue;
            }

            var part = graph.Describe(new RdfTerm.Iri($"{uri}/distributions/{number}"), DcatNs + "Distribution");
            node.Add(DcatNs + "distribution", part.Subject);
            part.Add(DcatNs + "accessURL", accessUrl);
            part.Add(Dct + "title", French(string.IsNullOrWhiteSpace(distribution.Title) ? $"{dataset.Title} ({distribution.Format})" : distribution.Title));
            if (DcatVocabularies.FileTypeUri(distribution.Format) is { } fileType)
            {
                part.Add(Dct + "format", Typed(graph, new RdfTerm.Iri(fileType), Dct + "MediaTypeOrExtent"));
            }
            else if (!string.IsNullOrWhiteSpace(distribution.Format))
            {
                // Not in the EU file-type table: keep the producer's word rather than lose it.
                var format = graph.Describe(graph.NewBlank(), Dct + "MediaTypeOrExtent");
                format.Add("http://www.w3.org/2000/01/rdf-schema#label", new RdfTerm.Literal(distribution.Format.Trim()));
                part.Add(Dct + "format", format.Subject);
            }

            if (licence is not null)
            {
                part.Add(Dct + "license", Typed(graph, new RdfTerm.Iri(licence), Dct + "LicenseDocument"));
            }

            if (schema is not null)
            {
                part.Add(Dct + "conformsTo", schema);
            }
        }
    }

    private static RdfTerm Agent(RdfGraph graph, string name, string? uri)
    {
        var agent = graph.Describe(uri is null ? graph.NewBlank() : new RdfTerm.Iri(RdfIri.Escape(uri)), Foaf + "Agent");
        if (agent.Statements.Count == 0)
        {
            agent.Add(Foaf + "name", new RdfTerm.Literal(name));
        }

        return agent.Subject;
    }

    /// <summary>A commune's INSEE code (5 characters, Corsica 2A/2B) gives the INSEE geographic URI; any other code or name a dct:Location.</summary>
    private static RdfTerm Spatial(RdfGraph graph, string code, string? name)
    {
        if (CommuneCode().IsMatch(code))
        {
            var commune = graph.Describe(new RdfTerm.Iri($"http://id.insee.fr/geo/commune/{code}"), Dct + "Location");
            if (commune.Statements.Count == 0)
            {
                commune.Add(Dct + "identifier", new RdfTerm.Literal(code));
                if (!string.IsNullOrWhiteSpace(name))
                {
                    commune.Add(Locn + "geographicName", French(name.Trim()));
                }
            }

            return commune.Subject;
        }

        var location = graph.Describe(graph.NewBlank(), Dct + "Location");
        location.Add(Dct + "identifier", new RdfTerm.Literal(code));
        if (!string.IsNullOrWhiteSpace(name))
        {
            location.Add(Locn + "geographicName", French(name.Trim()));
        }

        return location.Subject;
    }

    /// <summary>A schema URL becomes a dct:Standard IRI; a bare identifier ("etalab/schema-arbre") a blank dct:Standard with that identifier.</summary>
    private static RdfTerm? Standard(RdfGraph graph, string? schema)
    {
        if (string.IsNullOrWhiteSpace(schema))
        {
            return null;
        }

        if (RdfIri.From(schema) is { } iri)
        {
            return Typed(graph, iri, Dct + "Standard");
        }

        var standard = graph.Describe(graph.NewBlank(), Dct + "Standard");
        standard.Add(Dct + "identifier", new RdfTerm.Literal(schema.Trim()));
        return standard.Subject;
    }

    private static RdfTerm Typed(RdfGraph graph, RdfTerm.Iri iri, string type) => graph.Describe(iri, type).Subject;

    private static RdfTerm.Literal French(string text) => new(text, Language: "fr");

    private static RdfTerm.Literal Date(DateOnly date) => new(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Datatype: XsdDate);

    private static string Segment(string value) => Uri.EscapeDataString(value.Trim());

    [GeneratedRegex("^(?:[0-9]{5}|2[AB][0-9]{3})$", RegexOptions.CultureInvariant)]
    private static partial Regex CommuneCode();
}
