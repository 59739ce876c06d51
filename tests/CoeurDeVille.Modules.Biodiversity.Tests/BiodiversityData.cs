using CoeurDeVille.TestSupport;

namespace CoeurDeVille.Modules.Biodiversity.Tests;

/// <summary>The real biodiversity files of shared/data/biodiversity.</summary>
internal static class BiodiversityData
{
    public static string Ecrins => SharedData.PathOf("biodiversity", "occurrences", "geonature_synthese_dev_ecrins.csv");

    public static string Chiropteres => SharedData.PathOf("biodiversity", "occurrences", "naturaliz", "observations_chiropteres.csv");

    public static string NaturalizReunion => SharedData.PathOf("biodiversity", "occurrences", "naturaliz", "observation.csv");

    public static string DarwinCoreArchive => SharedData.PathOf("biodiversity", "dwca", "gbif_dwca-io_archive-occ.zip");

    public static string BibNoms => SharedData.PathOf("biodiversity", "taxref", "geonature_dev_bib_noms.tsv");

    public static string TaxrefExtract => SharedData.PathOf("biodiversity", "taxref", "taxref_api_extract_rtaxref.tsv");

    public static string BdcStatuts => SharedData.PathOf("biodiversity", "taxref", "bdc_statuts_api_extract_rtaxref.tsv");

    public static string Ginco(string name) => SharedData.PathOf("biodiversity", "occurrences", "ginco", name);

    public static string GeoNatureImport(string name) => SharedData.PathOf("biodiversity", "occurrences", "geonature_import_tests", name);
}
