using System.Globalization;
using System.Text.RegularExpressions;

namespace CoeurDeVille.Core.Catalogue;

/// <summary>
/// Column definitions of the two national catalogue schemas and of the companion table, with their constraints
/// copied from the schema JSON files (shared/data/standards/schemas: catalogue-donnees 0.3.0, scdl-catalogue 0.1.3).
/// </summary>
internal static class CatalogueColumns
{
    public const string CompanionId = "identifiant";
    public const string CompanionTitle = "titre";

    public static readonly IReadOnlyList<string> ScdlFrequencies =
    [
        "Inconnue", "Ponctuelle", "Irrégulière", "Continuelle", "Toutes les heures", "Quotidienne ou plusieurs fois par jour",
        "Hebdomadaire ou plusieurs fois par semaine", "Mensuelle ou plusieurs fois par mois", "Bimestrielle", "Trimestrielle",
        "Semestrielle", "Annuelle", "Biennale", "Triennale", "Quinquennale",
    ];

    public static readonly IReadOnlyList<string> ScdlGranularities =
        ["Infracommunale", "Communale", "Intercommunale", "Cantonale", "Départementale", "Régionale", "Autre"];

    public static readonly IReadOnlyList<string> ScdlLicences =
        ["Licence Ouverte-LO", "Open Database License-ODBL", "Creative Commons-CC", "Spécifique ou autre"];

    private static readonly (Regex, string) Siret = (new Regex(@"^\d{14}$", RegexOptions.CultureInvariant), "14 chiffres sans espace (SIRET)");

    /// <summary>Etalab « Catalogue de données » 0.3.0, in the schema's order.</summary>
    public static IReadOnlyList<CatalogueColumn> Etalab { get; } =
    [
        Text("titre", "title", d => d.Title, (d, v) => d with { Title = v }) with { Required = true },
        Text("description", "description", d => d.Description, (d, v) => d with { Description = v }) with { Required = true },
        List("mots_cles", "keywords", ',', d => d.Keywords, (d, v) => d with { Keywords = v }) with { Required = true },
        Text("nom_orga", "producer", d => d.ProducerName, (d, v) => d with { ProducerName = v }) with { Required = true },
        Text("siret_orga", "producerSiret", d => d.ProducerSiret, (d, v) => d with { ProducerSiret = v }) with { Extra = FrenchSiret.Check },
        Text("id_alt_orga", "producerAltId", d => d.ProducerAlternateId, (d, v) => d with { ProducerAlternateId = v }),
        Text("service", "service", d => d.ProducerService, (d, v) => d with { ProducerService = v }) with { Required = true },
        Text("si", "informationSystem", d => d.InformationSystem, (d, v) => d with { InformationSystem = v }),
        Text("contact_service", "serviceContact", d => d.ServiceContactEmail, (d, v) => d with { ServiceContactEmail = v }) with { Format = CatalogueValueFormat.Email },
        Text("contact_personne", "contact", d => d.ContactEmail, (d, v) => d with { ContactEmail = v }) with { Required = true, Format = CatalogueValueFormat.Email },
        Date("date_pub", "created", d => d.Created, (d, v) => d with { Created = v }),
        Date("date_maj", "modified", d => d.Modified, (d, v) => d with { Modified = v }),
        Text("freq_maj", "frequency", d => d.UpdateFrequency, (d, v) => d with { UpdateFrequency = v }),
        Text("couv_geo", "spatialCoverage", d => d.SpatialCoverage, (d, v) => d with { SpatialCoverage = v }) with { Required = true },
        Text("url", "landingPage", d => d.LandingPage, (d, v) => d with { LandingPage = v }) with { Format = CatalogueValueFormat.Uri },
        Formats("format", ',', lowerCase: false) with { Required = true },
        Text("licence", "licence", d => d.Licence, (d, v) => d with { Licence = v }),
    ];

    /// <summary>SCDL « Catalogue simplifié » 0.1.3, in the schema's order; every column is required.</summary>
    public static IReadOnlyList<CatalogueColumn> Scdl { get; } = new CatalogueColumn[]
    {
        Text("COLL_NOM", "publisher", d => d.PublisherName, (d, v) => d with { PublisherName = v }),
        Text("COLL_SIRET", "publisherSiret", d => d.PublisherSiret, (d, v) => d with { PublisherSiret = v }) with { Pattern = Siret, Extra = FrenchSiret.Check },
        Text("ID", "id", d => d.Id, (d, v) => d with { Id = v }),
        Text("TITRE", "title", d => d.Title, (d, v) => d with { Title = v }),
        Text("DESCRIPTION", "description", d => d.Description, (d, v) => d with { Description = v }),
        Text("THEME", "theme", d => d.Theme, (d, v) => d with { Theme = v }),
        Text("PRODUCTEUR_NOM", "producer", d => d.ProducerName, (d, v) => d with { ProducerName = v }),
        Text("PRODUCTEUR_SIRET", "producerSiret", d => d.ProducerSiret, (d, v) => d with { ProducerSiret = v }) with { Pattern = Siret, Extra = FrenchSiret.Check },
        Text("COUV_SPAT_MAILLE", "granularity", d => d.SpatialGranularity, (d, v) => d with { SpatialGranularity = v }) with { Allowed = ScdlGranularities },
        Text("COUV_SPAT_NOM", "spatialCoverage", d => d.SpatialCoverage, (d, v) => d with { SpatialCoverage = v }),
        Date("COUV_TEMP_DEBUT", "coverageStart", d => d.CoverageStart, (d, v) => d with { CoverageStart = v }),
        Date("COUV_TEMP_FIN", "coverageEnd", d => d.CoverageEnd, (d, v) => d with { CoverageEnd = v }),
        Date("DATE_PUBL", "created", d => d.Created, (d, v) => d with { Created = v }),
        Text("FREQ_MAJ", "frequency", d => d.UpdateFrequency, (d, v) => d with { UpdateFrequency = v }) with { Allowed = ScdlFrequencies },
        Date("DATE_MAJ", "modified", d => d.Modified, (d, v) => d with { Modified = v }),
        List("MOTS_CLES", "keywords", ';', d => d.Keywords, (d, v) => d with { Keywords = v }),
        Text("LICENCE", "licence", d => d.Licence, (d, v) => d with { Licence = v }) with { Allowed = ScdlLicences },
        new CatalogueColumn(
            "NOMBRE_RESSOURCES",
            "distributions",
            d => d.Distributions.Count == 0 ? null : d.Distributions.Count.ToString(CultureInfo.InvariantCulture),
            (d, v) => d with { Distributions = Pad(d.Distributions, int.Parse(v, CultureInfo.InvariantCulture)) })
        {
            Format = CatalogueValueFormat.Integer, Minimum = 1, ReadOrder = 1,
        },
        Formats("FORMAT_RESSOURCES", ';', lowerCase: true),
        Text("URL", "landingPage", d => d.LandingPage, (d, v) => d with { LandingPage = v }) with { Format = CatalogueValueFormat.Uri },
    }.Select(c => c with { Required = true }).ToList();

    /// <summary>Every model property, as the companion table names it; the companion of a schema keeps those the schema lacks.</summary>
    private static IReadOnlyList<CatalogueColumn> AllCompanion { get; } =
    [
        Text(CompanionId, "id", d => d.Id, (d, v) => d with { Id = v }) with { Required = true },
        Text(CompanionTitle, "title", d => d.Title, (d, v) => d with { Title = v }) with { Required = true },
        new CatalogueColumn("type_producteur", "producerType", d => d.ProducerType?.Label(), (d, v) =>
            d with { ProducerType = CatalogueLabels.TryParseProducerType(v, out var t) ? t : null })
        {
            Extra = v => CatalogueLabels.TryParseProducerType(v, out _) ? null : Expected(v, CatalogueLabels.ProducerTypeLabels),
        },
        new CatalogueColumn("statut_ouverture", "opennessStatus", d => d.OpennessStatus?.Label(), (d, v) =>
            d with { OpennessStatus = CatalogueLabels.TryParseOpennessStatus(v, out var s) ? s : null })
        {
            Extra = v => CatalogueLabels.TryParseOpennessStatus(v, out _) ? null : Expected(v, CatalogueLabels.OpennessStatusLabels),
        },
        Text("motif_blocage", "blocker", d => d.BlockerReason, (d, v) => d with { BlockerReason = v }),
        Text("description", "description", d => d.Description, (d, v) => d with { Description = v }),
        Text("theme", "theme", d => d.Theme, (d, v) => d with { Theme = v }),
        List("mots_cles", "keywords", ';', d => d.Keywords, (d, v) => d with { Keywords = v }),
        Text("producteur", "producer", d => d.ProducerName, (d, v) => d with { ProducerName = v }),
        Text("producteur_siret", "producerSiret", d => d.ProducerSiret, (d, v) => d with { ProducerSiret = v }),
        Text("producteur_id_alt", "producerAltId", d => d.ProducerAlternateId, (d, v) => d with { ProducerAlternateId = v }),
        Text("service", "service", d => d.ProducerService, (d, v) => d with { ProducerService = v }),
        Text("systeme_information", "informationSystem", d => d.InformationSystem, (d, v) => d with { InformationSystem = v }),
        Text("contact", "contact", d => d.ContactEmail, (d, v) => d with { ContactEmail = v }) with { Format = CatalogueValueFormat.Email },
        Text("contact_service", "serviceContact", d => d.ServiceContactEmail, (d, v) => d with { ServiceContactEmail = v }) with { Format = CatalogueValueFormat.Email },
        Text("collectivite", "publisher", d => d.PublisherName, (d, v) => d with { PublisherName = v }),
        Text("collectivite_siret", "publisherSiret", d => d.PublisherSiret, (d, v) => d with { PublisherSiret = v }),
        Text("licence", "licence", d => d.Licence, (d, v) => d with { Licence = v }),
        Text("schema", "schema", d => d.Schema, (d, v) => d with { Schema = v }),
        Text("frequence_maj", "frequency", d => d.UpdateFrequency, (d, v) => d with { UpdateFrequency = v }),
        Date("date_publication", "created", d => d.Created, (d, v) => d with { Created = v }),
        Date("date_maj", "modified", d => d.Modified, (d, v) => d with { Modified = v }),
        Date("couverture_debut", "coverageStart", d => d.CoverageStart, (d, v) => d with { CoverageStart = v }),
        Date("couverture_fin", "coverageEnd", d => d.CoverageEnd, (d, v) => d with { CoverageEnd = v }),
        Text("couverture_geo", "spatialCoverage", d => d.SpatialCoverage, (d, v) => d with { SpatialCoverage = v }),
        Text("maille", "granularity", d => d.SpatialGranularity, (d, v) => d with { SpatialGranularity = v }),
        Text("page_web", "landingPage", d => d.LandingPage, (d, v) => d with { LandingPage = v }) with { Format = CatalogueValueFormat.Uri },
        Text("code_territoire", "territoryCode", d => d.TerritoryCode, (d, v) => d with { TerritoryCode = v }),
    ];

    /// <summary>Resource table columns (one row per distribution).</summary>
    public static IReadOnlyList<string> ResourceHeader { get; } = [CompanionId, "format", "url", "titre_ressource"];

    public static IReadOnlyList<CatalogueColumn> Main(CatalogueSchema schema) =>
        schema == CatalogueSchema.EtalabCatalogueDonnees ? Etalab : Scdl;

    /// <summary>identifiant and titre (the join keys), then every property the main schema does not carry.</summary>
    public static IReadOnlyList<CatalogueColumn> Companion(CatalogueSchema schema)
    {
        var covered = Main(schema).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        // The join key is required: the title for Etalab (no identifier column), the identifier for SCDL.
        var key = schema == CatalogueSchema.EtalabCatalogueDonnees ? CompanionTitle : CompanionId;
        return AllCompanion
            .Where(c => c.Name is CompanionId or CompanionTitle || !covered.Contains(c.Key))
            .Select(c => c with { Required = c.Name == key })
            .ToList();
    }

    public static string Expected(string value, IEnumerable<string> labels) =>
        $"valeur « {value} » inconnue ; attendu : {string.Join(", ", labels.Select(l => $"« {l} »"))}.";

    private static CatalogueColumn Text(string name, string key, Func<Dataset, string?> write, Func<Dataset, string, Dataset> read) =>
        new(name, key, write, read);

    private static CatalogueColumn Date(string name, string key, Func<Dataset, DateOnly?> write, Func<Dataset, DateOnly, Dataset> read) =>
        new(name, key, d => write(d)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), (d, v) =>
            read(d, DateOnly.ParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture)))
        {
            Format = CatalogueValueFormat.Date,
        };

    private static CatalogueColumn List(
        string name, string key, char separator, Func<Dataset, IReadOnlyList<string>> write, Func<Dataset, IReadOnlyList<string>, Dataset> read) =>
        new(name, key, d => write(d).Count == 0 ? null : string.Join(separator, write(d)), (d, v) => read(d, Split(v, separator)))
        {
            WriteCheck = d => SeparatorInside(write(d), separator),
        };

    private static string? SeparatorInside(IEnumerable<string> items, char separator) =>
        items.FirstOrDefault(i => i.Contains(separator, StringComparison.Ordinal) || i.Trim().Length == 0 || i.Trim() != i) is { } bad
            ? $"élément « {bad} » vide, entouré d'espaces ou contenant le séparateur « {separator} » de la liste ; attendu : un mot sans « {separator} »."
            : null;

    /// <summary>Formats of the distributions, each once, in order; reading gives one distribution per format.</summary>
    private static CatalogueColumn Formats(string name, char separator, bool lowerCase) =>
        new(name, "distributions",
            d => d.Distributions.Count == 0
                ? null
                : string.Join(separator, d.Distributions.Select(x => lowerCase ? x.Format.ToLowerInvariant() : x.Format).Distinct(StringComparer.OrdinalIgnoreCase)),
            (d, v) => d with { Distributions = Split(v, separator).Select(f => new Distribution(f)).ToList() })
        {
            WriteCheck = d => SeparatorInside(d.Distributions.Select(x => x.Format), separator),
        };

    public static List<string> Split(string value, char separator) =>
        value.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();

    /// <summary>SCDL gives a resource count and the distinct formats: more resources than formats repeat the last format.</summary>
    private static List<Distribution> Pad(IReadOnlyList<Distribution> distributions, int count)
    {
        var result = distributions.ToList();
        while (result.Count < count && result.Count > 0)
        {
            result.Add(result[^1] with { });
        }

        return result;
    }
}
