using System.CommandLine;
using System.Globalization;
using CoeurDeVille.Cli.Accounts;
using CoeurDeVille.Cli.Hosting;
using CoeurDeVille.Core.Text;
using CoeurDeVille.Modules.Trees.Import;
using CoeurDeVille.Modules.Trees.Mapping;
using CoeurDeVille.Modules.Trees.Publication;
using CoeurDeVille.Storage;
using CoeurDeVille.Storage.Inventories;
using CoeurDeVille.Storage.Layers;
using CoeurDeVille.Storage.Trees;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;

namespace CoeurDeVille.Cli.Trees;

/// <summary>
/// <c>cdv arbres importer --territoire CODE --fichier F [--correspondance M] [--base B] [--adresse-publique URL]</c>:
/// checks the inventory against schema-arbre, stores it (all or nothing, versions kept) and publishes it (layer,
/// catalogue entry « arbres »). Exit code 1 when the file is refused; nothing is stored then.
/// </summary>
internal static class ImporterArbresCommand
{
    public static Command Create(Func<CliServices> services, Option<string> file, Option<string?> mapping)
    {
        var territory = new Option<string>("--territoire", "-t") { Description = "Code du territoire (INSEE ou SIREN), par exemple 30007", Required = true };
        var database = CliDatabase.Option();
        var publicAddress = new Option<string?>("--adresse-publique") { Description = "Adresse publique du portail (https://…), pour des liens absolus dans le catalogue DCAT" };
        var command = new Command("importer", "Importe un inventaire d'arbres dans la base et le publie (carte, OGC API, catalogue)") { territory, file, mapping, database, publicAddress };
        command.Aliases.Add("import");
        command.SetAction(async (result, cancellationToken) =>
        {
            using var cli = services();
            var code = result.GetValue(territory)!.Trim();
            var correspondence = result.GetValue(mapping) is { } m ? TreeMapping.Resolve(m) : null;
            var import = TreeInventoryImporter.Import(result.GetValue(file)!, correspondence, cancellationToken);
            if (!import.Succeeded)
            {
                cli.Console.MarkupLine($"[red]{Markup.Escape(import.File)} : {FrenchPlural.Of(import.ErrorCount, "erreur")} ; rien n'a été importé.[/]");
                foreach (var error in import.Errors.Take(50))
                {
                    cli.Console.MarkupLine(Markup.Escape(error.Message));
                }

                return ExitCodes.BadInput;
            }

            var factory = new CdvDbContextFactory(result.GetValue(database)!, cli.Settings.DataFolder);
            await using (var db = factory.CreateDbContext())
            {
                await db.EnsureSchemaAsync(cancellationToken);
            }

            IDbContextFactory<CdvDbContext> contexts = factory;
            var publisher = new TreeInventoryPublisher(
                new TreeStore(contexts, cli.Time), new LayerStore(contexts, cli.Time), new InventoryStore(contexts, cli.Time), cli.Time,
                new TreePublicationOptions(result.GetValue(publicAddress)));
            try
            {
                var summary = await publisher.ImportAsync(code, import, "ligne de commande", cancellationToken: cancellationToken);
                var fr = CultureInfo.GetCultureInfo("fr-FR");
                cli.Console.MarkupLine(Markup.Escape(
                    $"{import.File} → territoire {code} : {summary.Created.ToString("N0", fr)} créé(s), {summary.Updated.ToString("N0", fr)} mis à jour, "
                    + $"{summary.Unchanged.ToString("N0", fr)} inchangé(s), {summary.NotInFile.ToString("N0", fr)} absent(s) du fichier conservé(s) "
                    + $"({summary.Duration.TotalSeconds.ToString("0.0", fr)} s). Publié : jeu de données « {TreeDataset.Id} », collection {code}-{TreeDataset.Id}."));
                return ExitCodes.Done;
            }
            catch (Exception e) when (e is TreeStoreException or LayerStoreException or InventoryStoreException)
            {
                cli.Console.MarkupLine($"[red]{Markup.Escape(e.Message)}[/]");
                return ExitCodes.BadInput;
            }
        });
        return command;
    }
}
