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
        var command = new Command("arbres", "Inventaire des arbres (schema-arbre) : indicateurs") { diversity };
        command.Aliases.Add("trees");
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
