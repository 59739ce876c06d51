using System.CommandLine;

namespace CoeurDeVille.Cli.Extraction;

/// <summary>The options of <c>cdv extraire</c>, French names first, English aliases second.</summary>
internal sealed class ExtraireOptions
{
    public Option<string[]> Perimeters { get; } = new("--perimetre", "-p", "--perimeter")
    {
        Description = "commune:30007, epci:200066918, departement:30, region:76 ou fichier:CHEMIN.geojson (répétable ; un nom marche aussi : commune:ales)",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<bool> AllAcv { get; } = new("--tous-acv", "--all-acv")
    {
        Description = "Les 244 villes Action Cœur de Ville, en une seule lecture de la source (un fichier par ville)",
    };

    public Option<string?> Source { get; } = new("--source", "-s") { Description = "Identifiant d'une source connue (voir : cdv sources)" };

    public Option<string?> File { get; } = new("--fichier", "-f", "--file") { Description = "Chemin ou URL d'un fichier à découper (CSV, GeoJSON, GeoPackage, Shapefile zippé)" };

    public Option<string?> CodeColumn { get; } = new("--colonne-code", "--code-column") { Description = "Colonne qui porte le code commune (ou département, EPCI avec --niveau)" };

    public Option<string> Level { get; } = new("--niveau", "--level")
    {
        Description = "Ce que contient la colonne de code : commune, departement ou epci",
        DefaultValueFactory = _ => "commune",
    };

    public Option<string?> XyColumns { get; } = new("--colonnes-xy", "--xy-columns") { Description = "Colonnes longitude,latitude (ou X,Y) des points" };

    public Option<int> Crs { get; } = new("--crs") { Description = "Code EPSG des coordonnées de la source (4326, 2154, 3942 à 3950…)", DefaultValueFactory = _ => 4326 };

    public Option<string> Format { get; } = new("--format")
    {
        Description = "csv, geojson, gpkg, xlsx ou parquet",
        DefaultValueFactory = _ => "csv",
    };

    public Option<bool> Excel { get; } = new("--excel") { Description = "CSV pour Excel : BOM, « ; » et virgule décimale" };

    public Option<string> Output { get; } = new("--sortie", "-o", "--output") { Description = "Dossier de sortie", DefaultValueFactory = _ => "extraits" };

    public Option<double> Buffer { get; } = new("--tampon", "--buffer") { Description = "Élargit les périmètres de N mètres (découpe spatiale)" };

    public Option<bool> Clip { get; } = new("--decouper", "--clip") { Description = "Coupe les lignes et polygones au bord du périmètre" };

    public Option<int> OutputCrs { get; } = new("--crs-sortie", "--output-crs") { Description = "Code EPSG des géométries en sortie (GeoJSON : toujours 4326)", DefaultValueFactory = _ => 4326 };

    public Option<string?> Encoding { get; } = new("--encodage", "--encoding") { Description = "utf-8 ou windows-1252 (détecté sinon)" };

    public Option<string?> Separator { get; } = new("--separateur", "--separator") { Description = "Séparateur du CSV (détecté sinon)" };

    public IEnumerable<Option> All =>
    [
        Perimeters, AllAcv, Source, File, CodeColumn, Level, XyColumns, Crs, Format, Excel, Output, Buffer, Clip, OutputCrs, Encoding, Separator,
    ];
}
