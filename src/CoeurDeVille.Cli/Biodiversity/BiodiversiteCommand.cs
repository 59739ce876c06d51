using System.CommandLine;
using CoeurDeVille.Cli.Hosting;

namespace CoeurDeVille.Cli.Biodiversity;

/// <summary><c>cdv biodiversite …</c>: the biodiversity atlas' batch commands.</summary>
public static class BiodiversiteCommand
{
    public static Command Create(Func<CliServices> services)
    {
        var command = new Command("biodiversite", "Atlas de la biodiversité : synthèse, import, export et indicateurs de fichiers d'observations")
        {
            SyntheseCommand.Create(services),
            ImporterCommand.Create(services),
            ExporterCommand.Create(services),
            IndicateursCommand.Create(services),
        };
        command.Aliases.Add("biodiversity");
        return command;
    }
}
