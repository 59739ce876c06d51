using System.CommandLine;
using CoeurDeVille.Cli.Hosting;
using Spectre.Console;

namespace CoeurDeVille.Cli.Sources;

/// <summary><c>cdv sources</c>: lists the national sources the extractor knows.</summary>
public static class SourcesCommand
{
    public static Command Create(Func<CliServices> services)
    {
        var command = new Command("sources", "Liste les sources nationales connues de l'extracteur");
        command.SetAction(_ =>
        {
            using var cli = services();
            var table = new Table().AddColumns("Identifiant", "Titre", "Producteur", "Licence", "Découpe");
            foreach (var source in cli.Sources().All)
            {
                var cut = source.Cut.Method switch
                {
                    "code" => $"code ({source.Cut.Level}) : {source.Cut.Column}",
                    "xy" => $"coordonnées {string.Join(",", source.Cut.Columns ?? [])} (EPSG:{source.Cut.Crs})",
                    _ => $"géométrie (EPSG:{source.Cut.Crs})",
                };
                table.AddRow(source.Id, Markup.Escape(source.Title), Markup.Escape(source.Producer), Markup.Escape(source.Licence), Markup.Escape(cut));
            }

            cli.Console.Write(table);
            return ExitCodes.Done;
        });
        return command;
    }
}
