using System.CommandLine;
using CoeurDeVille.Cli.Extraction;
using CoeurDeVille.Cli.Sources;
using CoeurDeVille.Cli.Territories;
using CoeurDeVille.Core.Configuration;
using CoeurDeVille.Core.Downloads;
using CoeurDeVille.Core.Territories;
using CoeurDeVille.Extraction.Records;
using Spectre.Console;

namespace CoeurDeVille.Cli.Hosting;

/// <summary>The <c>cdv</c> command tree, and the one place where errors become French messages and exit codes.</summary>
public static class CliApp
{
    public static async Task<int> RunAsync(string[] args, CdvSettings settings, IAnsiConsole console, TimeProvider time, CancellationToken cancellationToken = default)
    {
        CliServices Services() => new(settings, console, time);
        var root = new RootCommand("Cœur de Ville Data : données nationales découpées à l'échelle d'un territoire")
        {
            TerritoiresCommand.Create(Services),
            ExtraireCommand.Create(Services),
            SourcesCommand.Create(Services),
            Validation.ValiderCommand.Create(Services),
            Accounts.AdminCommand.Create(Services),
            Layers.CouchesCommand.Create(Services),
            Biodiversity.BiodiversiteCommand.Create(Services),
            Trees.ArbresCommand.Create(Services),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                console.MarkupLine($"[red]{Markup.Escape(error.Message)}[/]");
            }

            console.MarkupLine("Aide : cdv --help, ou cdv COMMANDE --help.");
            return ExitCodes.BadInput;
        }

        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }, cancellationToken);
        }
        catch (SourceUnreachableException exception)
        {
            console.MarkupLine($"[red]{Markup.Escape(exception.Message)}[/]");
            return ExitCodes.SourceUnreachable;
        }
        catch (Exception exception) when (exception is SourceFormatException or PerimeterException or ArgumentException or InvalidDataException or FileNotFoundException or DirectoryNotFoundException
            or CoeurDeVille.Modules.Biodiversity.Tabular.BiodiversityFileException)
        {
            console.MarkupLine($"[red]Erreur : {Markup.Escape(exception.Message)}[/]");
            if (parsed.CommandResult.Command.Name == "extraire")
            {
                // Outputs are written under temporary names and renamed only when the whole run succeeded.
                console.MarkupLine("Aucun fichier de sortie n'a été écrit.");
            }
            return ExitCodes.BadInput;
        }
    }
}
