using System.Globalization;
using System.Text;

namespace CoeurDeVille.Core.Catalogue.Dcat;

/// <summary>
/// Maps the inventory's free or SCDL-listed texts to EU Publications Office authority tables (data themes,
/// frequencies, file types) and licences to their reference URIs. A text with no obvious match maps to <c>null</c>:
/// the property is then left out rather than guessed.
/// </summary>
internal static class DcatVocabularies
{
    public const string ThemeScheme = "http://publications.europa.eu/resource/authority/data-theme";
    public const string FrenchLanguage = "http://publications.europa.eu/resource/authority/language/FRA";
    public const string LicenceOuverte = "https://www.etalab.gouv.fr/licence-ouverte-open-licence/";
    private const string Frequency = "http://publications.europa.eu/resource/authority/frequency/";
    private const string FileType = "http://publications.europa.eu/resource/authority/file-type/";

    // Words looked for in the normalised theme (lower case, no accents); first match wins. Labels are the EU table's French ones.
    private static readonly (string[] Words, string Code, string Label)[] Themes =
    [
        (["environnement", "climat", "biodiversite", "arbre", "arbore", "espaces verts", "nature", "dechet", "risque", "pollution"], "ENVI", "Environnement"),
        (["mobilite", "transport", "stationnement", "velo", "voirie", "circulation"], "TRAN", "Transports"),
        (["energie"], "ENER", "Énergie"),
        (["sante"], "HEAL", "Santé"),
        (["agriculture", "peche", "foret", "alimentation"], "AGRI", "Agriculture, pêche, sylviculture et alimentation"),
        (["education", "culture", "sport", "ecole", "patrimoine culturel", "tourisme"], "EDUC", "Éducation, culture et sport"),
        (["economie", "commerce", "emploi", "entreprise", "finance"], "ECON", "Économie et finances"),
        (["urbanisme", "amenagement", "territoire", "logement", "habitat", "cadastre"], "REGI", "Régions et villes"),
        (["social", "population", "solidarite", "societe", "citoyen"], "SOCI", "Population et société"),
        (["justice", "securite", "police"], "JUST", "Justice, système juridique et sécurité publique"),
        (["science", "technologie", "numerique"], "TECH", "Science et technologie"),
        (["international"], "INTR", "Questions internationales"),
        (["administration", "gouvernement", "budget", "elus", "deliberation", "marches publics", "secteur public"], "GOVE", "Gouvernement et secteur public"),
    ];

    // SCDL frequencies, Etalab free texts and udata's English codes, normalised.
    private static readonly Dictionary<string, string> Frequencies = new(StringComparer.Ordinal)
    {
        ["inconnue"] = "UNKNOWN", ["unknown"] = "UNKNOWN",
        ["ponctuelle"] = "IRREG", ["punctual"] = "IRREG", ["irreguliere"] = "IRREG", ["irregular"] = "IRREG",
        ["continuelle"] = "CONT", ["continue"] = "CONT", ["temps reel"] = "CONT", ["continuous"] = "CONT",
        ["toutes les heures"] = "HOURLY", ["horaire"] = "HOURLY", ["hourly"] = "HOURLY",
        ["quotidienne"] = "DAILY", ["quotidienne ou plusieurs fois par jour"] = "DAILY", ["daily"] = "DAILY",
        ["hebdomadaire"] = "WEEKLY", ["hebdomadaire ou plusieurs fois par semaine"] = "WEEKLY", ["weekly"] = "WEEKLY",
        ["mensuelle"] = "MONTHLY", ["mensuelle ou plusieurs fois par mois"] = "MONTHLY", ["monthly"] = "MONTHLY",
        ["bimestrielle"] = "BIMONTHLY", ["bimonthly"] = "BIMONTHLY",
        ["trimestrielle"] = "QUARTERLY", ["quarterly"] = "QUARTERLY",
        ["semestrielle"] = "ANNUAL_2", ["semiannual"] = "ANNUAL_2",
        ["annuelle"] = "ANNUAL", ["annual"] = "ANNUAL",
        ["biennale"] = "BIENNIAL", ["biennial"] = "BIENNIAL",
        ["triennale"] = "TRIENNIAL", ["triennial"] = "TRIENNIAL",
        ["quinquennale"] = "QUINQUENNIAL", ["quinquennial"] = "QUINQUENNIAL",
        ["jamais"] = "NEVER", ["aucune"] = "NEVER", ["never"] = "NEVER",
    };

    private static readonly Dictionary<string, string> FileTypes = new(StringComparer.Ordinal)
    {
        ["csv"] = "CSV", ["json"] = "JSON", ["geojson"] = "GEOJSON", ["xlsx"] = "XLSX", ["xls"] = "XLS", ["ods"] = "ODS",
        ["shp"] = "SHP", ["shapefile"] = "SHP", ["zip"] = "ZIP", ["pdf"] = "PDF", ["xml"] = "XML", ["gpkg"] = "GPKG",
        ["geopackage"] = "GPKG", ["kml"] = "KML", ["kmz"] = "KMZ", ["gml"] = "GML", ["parquet"] = "PARQUET",
        ["txt"] = "TXT", ["html"] = "HTML", ["ttl"] = "RDF_TURTLE", ["turtle"] = "RDF_TURTLE", ["json-ld"] = "JSON_LD",
        ["jsonld"] = "JSON_LD", ["rdf"] = "RDF_XML", ["odt"] = "ODT", ["docx"] = "DOCX",
    };

    private static readonly Dictionary<string, string> Licences = new(StringComparer.Ordinal)
    {
        ["licence ouverte-lo"] = LicenceOuverte, ["licence ouverte"] = LicenceOuverte, ["licence ouverte 2.0"] = LicenceOuverte,
        ["licence ouverte v2.0"] = LicenceOuverte, ["etalab-2.0"] = LicenceOuverte, ["lov2"] = LicenceOuverte,
        ["open licence 2.0"] = LicenceOuverte,
        ["open database license-odbl"] = "https://opendatacommons.org/licenses/odbl/1-0/", ["odbl"] = "https://opendatacommons.org/licenses/odbl/1-0/",
        ["open database license"] = "https://opendatacommons.org/licenses/odbl/1-0/",
        ["cc-by-4.0"] = "https://creativecommons.org/licenses/by/4.0/", ["cc-by 4.0"] = "https://creativecommons.org/licenses/by/4.0/",
        ["cc-by-sa-4.0"] = "https://creativecommons.org/licenses/by-sa/4.0/", ["cc-by-sa 4.0"] = "https://creativecommons.org/licenses/by-sa/4.0/",
        ["cc0"] = "https://creativecommons.org/publicdomain/zero/1.0/", ["cc0-1.0"] = "https://creativecommons.org/publicdomain/zero/1.0/",
    };

    public static (string Uri, string Label)? Theme(string? theme)
    {
        if (string.IsNullOrWhiteSpace(theme))
        {
            return null;
        }

        var text = Normalise(theme);
        foreach (var (words, code, label) in Themes)
        {
            if (words.Any(text.Contains))
            {
                return ($"{ThemeScheme}/{code}", label);
            }
        }

        return null;
    }

    public static string? FrequencyUri(string? frequency) =>
        frequency is not null && Frequencies.TryGetValue(Normalise(frequency), out var code) ? Frequency + code : null;

    public static string? FileTypeUri(string? format) =>
        format is not null && FileTypes.TryGetValue(Normalise(format).TrimStart('.'), out var code) ? FileType + code : null;

    /// <summary>The licence's URI: a known name, or the text itself when it is already a URL. "Creative Commons-CC" alone names no precise licence: <c>null</c>.</summary>
    public static string? LicenceUri(string? licence)
    {
        if (string.IsNullOrWhiteSpace(licence))
        {
            return null;
        }

        return Licences.TryGetValue(Normalise(licence), out var uri) ? uri : RdfIri.From(licence)?.Value;
    }

    private static string Normalise(string text)
    {
        var decomposed = text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c is '’' ? '\'' : c);
            }
        }

        return builder.ToString();
    }
}
