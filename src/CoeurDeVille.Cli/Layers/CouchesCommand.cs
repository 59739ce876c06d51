using System.CommandLine;
using CoeurDeVille.Cli.Hosting;
using CoeurDeVille.Core.Text;
using CoeurDeVille.Extraction.Records;
using CoeurDeVille.Storage;
using CoeurDeVille.Storage.Layers;
using CoeurDeVille.Storage.Layers.Import;
using Spectre.Console;

namespace CoeurDeVille.Cli.Layers;

/// <summary>
/// <c>cdv couches importer FICHIER --territoire CODE --jeu ID [--titre T] [--base CHAÎNE] [--couche NOM] [--x COL --y COL --crs EPSG]</c>:
/// loads a GeoJSON, GeoPackage, zipped Shapefile or CSV with coordinates into a layer (reprojected to WGS 84), all or nothing.
/// </summary>
public static class CouchesCommand
{
    public const string DefaultDatabase = "Data Source=coeurdeville.db";

    public static Command Create(Func<CliServices> services)
    {
        var file = new Argument<string>("FICHIER") { Description = "GeoJSON, GeoPackage, Shapefile zippé ou CSV avec coordonnées" };
        var territory = new Option<string>("--territoire", "-t") { Description = "Code du territoire propriétaire (INSEE ou SIREN), par exemple 30007", Required = true };
        var dataset = new Option<string>("--jeu", "-j") { Description = "Identifiant du jeu de données dans l'inventaire du territoire", Required = true };
        var title = new Option<string?>("--titre") { Description = "Titre de la couche (par défaut, le nom du fichier)" };
        var database = new Option<string>("--base") { Description = "Base de données : « Data Source=fichier.db » (SQLite, dans le dossier de données) ou « Host=…;Database=… » (PostgreSQL)", DefaultValueFactory = _ => DefaultDatabase };
        var layer = new Option<string?>("--couche") { Description = "Table d'un GeoPackage ou fichier .shp d'un zip, s'il y en a plusieurs" };
        var x = new Option<string?>("--x") { Description = "CSV : colonne de longitude ou X (détectée sinon : longitude, lon, x…)" };
        var y = new Option<string?>("--y") { Description = "CSV : colonne de latitude ou Y (détectée sinon : latitude, lat, y…)" };
        var crs = new Option<int>("--crs") { Description = "CSV : code EPSG des coordonnées (4326 par défaut, 2154 pour Lambert-93)", DefaultValueFactory = _ => 4326 };
        var import = new Command("importer", "Importe un fichier géographique dans une couche (remplace son contenu, tout ou rien)")
        {
            file, territory, dataset, title, database, layer, x, y, crs,
        };
        import.Aliases.Add("import");
        import.SetAction(async (result, cancellationToken) =>
        {
            using var cli = services();
            var path = result.GetValue(file)!;
            var key = new LayerKey(result.GetValue(territory)!.Trim(), result.GetValue(dataset)!.Trim());
            var factory = new CdvDbContextFactory(result.GetValue(database)!, cli.Settings.DataFolder);
            await using (var db = factory.CreateDbContext())
            {
                await db.EnsureSchemaAsync(cancellationToken);
            }

            var store = new LayerStore(factory, cli.Time);
            try
            {
                using var source = LayerImporter.Open(path, result.GetValue(layer), result.GetValue(x), result.GetValue(y), result.GetValue(crs));
                var name = result.GetValue(title) ?? Path.GetFileNameWithoutExtension(path);
                var saved = await cli.Console.Status().StartAsync($"Import de {Markup.Escape(Path.GetFileName(path))}…",
                    _ => LayerImporter.ImportAsync(store, source, key, name, cancellationToken));
                cli.Console.MarkupLine(
                    $"[green]Couche {Markup.Escape(key.CollectionId)} enregistrée[/] : {FrenchPlural.Of(saved.FeatureCount, "objet")}, version {saved.Version}, "
                    + $"{saved.Columns.Count} colonnes ({Markup.Escape(string.Join(", ", saved.Columns.Select(c => c.Name)))}).");
                cli.Console.MarkupLine($"OGC API Features : /ogc/collections/{Markup.Escape(key.CollectionId)}/items");
                return ExitCodes.Done;
            }
            catch (Exception e) when (e is LayerStoreException or SourceFormatException)
            {
                cli.Console.MarkupLine($"[red]Erreur : {Markup.Escape(e.Message)}[/]");
                cli.Console.MarkupLine("Rien n'a été enregistré : la couche garde son contenu précédent.");
                return ExitCodes.BadInput;
            }
        });
        return new Command("couches", "Couches géographiques servies en OGC API Features et en tuiles vectorielles") { import };
    }
}
