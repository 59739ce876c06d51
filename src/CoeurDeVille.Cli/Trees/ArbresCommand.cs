using System.CommandLine;
using System.Globalization;
using CoeurDeVille.Cli.Hosting;
using CoeurDeVille.Core.Text;
using CoeurDeVille.Modules.Trees.Diversity;
using CoeurDeVille.Modules.Trees.Import;
using CoeurDeVille.Modules.Trees.Mapping;
using Spectre.Console;

namespace CoeurDeVille.Cli.Trees;

/// <summary>
/// <c>cdv arbres diversite --fichier PATH [--correspondance MAPPING] [--format json|table]</c>: imports an inventory
/// as the module does (all or nothing) and prints per species, genus and family the count, the share and
/// Santamour's 10-20-30 verdict. Exit code 1 when the file cannot be imported.
/// </summary>
public static class ArbresCommand
{
    public static Command Create(Func<CliServices> services)
    {
        var file = new Option<string>("--fichier", "-f") { Description = "Inventaire d'arbres (CSV, XLSX ou GeoJSON)", Required = true };
        var mapping = new Option<string?>("--correspondance", "-c")
        {
            Description = "Correspondance JSON (colonnes, codes, unités, projection) ou nom d'une correspondance fournie : "
                + string.Join(", ", TreeMapping.BuiltInNames),
        };
        var format = new Option<string>("--format") { Description = "Sortie : table (défaut) ou json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var diversity = new Command("diversite", "Diversité par espèce, genre et famille, et verdict de la règle 10-20-30 de Santamour") { file, mapping, format };
        diversity.Aliases.Add("diversity");
        diversity.SetAction((result, cancellationToken) =>
        {
            using var cli = services();
            var path = result.GetValue(file)!;
            var correspondence = result.GetValue(mapping) is { } m ? TreeMapping.Resolve(m) : null;
            var import = TreeInventoryImporter.Import(path, correspondence, cancellationToken);
            if (!import.Succeeded)
            {
                RenderErrors(cli.Console, import);
                return Task.FromResult(ExitCodes.BadInput);
            }

            var report = DiversityCalculator.Compute(import.Trees);
            if (result.GetValue(format) == "json")
            {
                cli.Console.Profile.Out.Writer.WriteLine(DiversityReportJson.Write(report, import.File));
            }
            else
            {
                DiversityTable.Render(cli.Console, import, report);
            }

            return Task.FromResult(ExitCodes.Done);
        });
        var command = new Command("arbres", "Inventaire des arbres (schema-arbre) : import, indicateurs et export") { diversity, ExporterCommand(services, file, mapping), IndicateursCommand.Create(services, file, mapping, (cli, import) => RenderErrors(cli.Console, import)), ImporterArbresCommand.Create(services, file, mapping) };
        command.Aliases.Add("trees");
        return command;
    }

    /// <summary><c>cdv arbres exporter --fichier F [--correspondance M] --sortie S.csv|S.geojson</c>: standing trees as schema-arbre.</summary>
    private static Command ExporterCommand(Func<CliServices> services, Option<string> file, Option<string?> mapping)
    {
        var output = new Option<string>("--sortie", "-o") { Description = "Fichier produit : .csv (séparateur « ; », UTF-8 avec BOM, comme l'exemple du schéma) ou .geojson", Required = true };
        var families = new Option<bool>("--familles") { Description = "Remplit famille_arbre d'après le genre (table APG IV du module) quand la source ne la donne pas" };
        var command = new Command("exporter", "Convertit un inventaire en fichier conforme à schema-arbre (arbres en place)") { file, mapping, output, families };
        command.Aliases.Add("export");
        command.SetAction((result, cancellationToken) =>
        {
            using var cli = services();
            var target = result.GetValue(output)!;
            var extension = Path.GetExtension(target).ToLowerInvariant();
            if (extension is not ".csv" and not ".geojson" and not ".json")
            {
                throw new ArgumentException($"{Path.GetFileName(target)} : extension « {extension} » non prise en charge ; attendu .csv ou .geojson.");
            }

            var correspondence = result.GetValue(mapping) is { } m ? TreeMapping.Resolve(m) : null;
            var import = TreeInventoryImporter.Import(result.GetValue(file)!, correspondence, cancellationToken);
            if (!import.Succeeded)
            {
                RenderErrors(cli.Console, import);
                cli.Console.MarkupLine("Aucun fichier de sortie n'a été écrit.");
                return Task.FromResult(ExitCodes.BadInput);
            }

            // schema-arbre has no column for a tree's state: removed trees are not exported rather than shown as standing.
            var standing = import.Trees.Where(t => t.Status == Modules.Trees.Inventory.TreeStatus.InPlace)
                .Select(t => result.GetValue(families) ? Modules.Trees.Taxonomy.FamilyTable.WithFamily(t) : t)
                .ToList();
            if (extension == ".csv")
            {
                Modules.Trees.Export.SchemaArbreCsvWriter.Write(target, standing);
            }
            else
            {
                Modules.Trees.Export.SchemaArbreGeoJsonWriter.Write(target, standing);
            }

            cli.Console.MarkupLine($"{Markup.Escape(target)} : {FrenchPlural.Of(standing.Count, "arbre")} en place écrits (schema-arbre {Modules.Trees.SchemaArbre.SchemaArbreSchema.Version})"
                + (import.RemovedCount > 0 ? $", {import.RemovedCount.ToString(CultureInfo.InvariantCulture)} retirés non exportés." : "."));
            return Task.FromResult(ExitCodes.Done);
        });
        return command;
    }

    private static void RenderErrors(IAnsiConsole console, TreeImportResult import)
    {
        console.MarkupLine($"[red]{Markup.Escape(import.File)} : {FrenchPlural.Of(import.ErrorCount, "erreur")} sur {FrenchPlural.Of(import.RowCount, "ligne")} ; rien n'a été importé.[/]");
        foreach (var error in import.Errors.Take(50))
        {
            console.MarkupLine(Markup.Escape(error.Message));
        }

        if (import.ErrorCount > 50)
        {
            console.MarkupLine($"… et {(import.ErrorCount - 50).ToString(CultureInfo.InvariantCulture)} autres.");
        }
    }
}
