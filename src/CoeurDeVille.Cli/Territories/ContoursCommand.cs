using System.CommandLine;
using CoeurDeVille.Cli.Hosting;
using CoeurDeVille.Core.Territories;
using CoeurDeVille.Core.Territories.Contours;
using Spectre.Console;

namespace CoeurDeVille.Cli.Territories;

/// <summary>
/// <c>cdv territoires contours 30</c>: how today's communes of a département were built from contours of another
/// year, and which could not be built.
/// </summary>
public static class ContoursCommand
{
    public static Command Create(Func<CliServices> services)
    {
        var departements = new Argument<string[]>("departement") { Description = "Codes de département (30, 2A, 972…)", Arity = ArgumentArity.OneOrMore };
        var command = new Command("contours", "Construit les contours des communes d'un département et dit lesquels manquent") { departements };
        command.SetAction(async (result, cancellationToken) =>
        {
            using var cli = services();
            var territories = await cli.TerritoriesAsync(cancellationToken);
            var store = new ContourStore(cli.Settings, cli.Cache, territories);
            foreach (var code in result.GetValue(departements)!)
            {
                var departement = territories.FindDepartement(code.Length == 1 ? "0" + code : code.ToUpperInvariant())
                    ?? throw new PerimeterException($"Département « {code} » inconnu.");
                Write(cli.Console, await store.ReportAsync(departement.Code, cancellationToken));
            }

            return ExitCodes.Done;
        });
        return command;
    }

    private static void Write(IAnsiConsole console, ContourBuildReport report)
    {
        console.MarkupLine($"[bold]{Markup.Escape(report.DepartementName)} ({report.DepartementCode})[/]");
        console.MarkupLine($"  Communes construites directement : {report.BuiltDirectly.Count}");
        console.MarkupLine($"  Communes reconstituées à partir de leurs anciennes communes : {report.Rebuilt.Count}");
        foreach (var rebuilt in report.Rebuilt)
        {
            console.MarkupLine($"    {rebuilt.Code} ← {string.Join(" + ", rebuilt.PartCodes)}");
        }

        console.MarkupLine(report.NotBuilt.Count == 0
            ? "  Communes sans contour : aucune"
            : $"  [yellow]Communes sans contour : {report.NotBuilt.Count} ({string.Join(", ", report.NotBuilt)})[/]");
        if (report.UnusedFeatureCodes.Count > 0)
        {
            console.MarkupLine($"  Contours inutilisés (codes inconnus aujourd'hui) : {string.Join(", ", report.UnusedFeatureCodes)}");
        }

        if (report.DepartementNote is not null)
        {
            console.MarkupLine($"  [yellow]{Markup.Escape(report.DepartementNote)}[/]");
        }
    }
}
