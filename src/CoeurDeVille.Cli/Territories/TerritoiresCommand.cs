using System.CommandLine;
using CoeurDeVille.Cli.Hosting;
using CoeurDeVille.Core.Territories;
using Spectre.Console;

namespace CoeurDeVille.Cli.Territories;

/// <summary><c>cdv territoires chercher NOM|CODE</c>: finds communes, EPCI, départements and régions.</summary>
public static class TerritoiresCommand
{
    public static Command Create(Func<CliServices> services)
    {
        var query = new Argument<string[]>("nom-ou-code") { Description = "Nom (accents et majuscules ignorés) ou code INSEE, SIREN, département", Arity = ArgumentArity.OneOrMore };
        var limit = new Option<int>("--nombre", "-n") { Description = "Nombre maximal de résultats", DefaultValueFactory = _ => 10 };
        var search = new Command("chercher", "Cherche un territoire par nom ou par code") { query, limit };
        search.Aliases.Add("search");
        search.SetAction(async (result, cancellationToken) =>
        {
            using var cli = services();
            var territories = await cli.TerritoriesAsync(cancellationToken);
            return Search(cli.Console, territories, string.Join(' ', result.GetValue(query)!), result.GetValue(limit));
        });

        var command = new Command("territoires", "Communes, EPCI, départements et régions (COG)") { search, ContoursCommand.Create(services), HebergerCommand.Create(services) };
        command.Aliases.Add("territories");
        return command;
    }

    internal static int Search(IAnsiConsole console, TerritoryDirectory territories, string text, int limit)
    {
        var matches = territories.Search(text, limit);
        if (matches.Count == 0)
        {
            console.MarkupLine($"[red]Aucun territoire ne correspond à « {Markup.Escape(text)} ».[/]");
            return ExitCodes.BadInput;
        }

        var exact = matches.Where(m => m.Distance == 0).ToList();
        if (exact.Count == 0)
        {
            console.MarkupLine($"[yellow]Aucun territoire ne s'appelle exactement « {Markup.Escape(text)} ». Vouliez-vous dire :[/]");
        }

        var table = new Table().AddColumns("Type", "Code", "Nom", "Détails");
        foreach (var match in matches)
        {
            table.AddRow(KindLabel(match.Kind), match.Code, Markup.Escape(match.Name), Markup.Escape(match.Detail));
        }

        console.Write(table);
        if (exact.FirstOrDefault(m => m.Kind == TerritoryKind.Commune) is { } commune && territories.FindCommune(commune.Code) is { } found)
        {
            console.MarkupLine($"[bold]{Markup.Escape(found.Name)} ({found.Code})[/] appartient à :");
            if (found.EpciSiren is { } siren && territories.FindEpci(siren) is { } epci)
            {
                console.MarkupLine($"  EPCI        {Markup.Escape(epci.Name)} — epci:{epci.Siren}");
            }

            if (territories.FindDepartement(found.DepartementCode) is { } departement)
            {
                console.MarkupLine($"  Département {Markup.Escape(departement.Name)} — departement:{departement.Code}");
            }

            if (territories.FindRegion(found.RegionCode) is { } region)
            {
                console.MarkupLine($"  Région      {Markup.Escape(region.Name)} — region:{region.Code}");
            }

            if (found.FormerCodes.Count > 0)
            {
                console.MarkupLine($"  Anciens codes : {string.Join(", ", found.FormerCodes)}");
            }
        }

        return ExitCodes.Done;
    }

    private static string KindLabel(TerritoryKind kind) => kind switch
    {
        TerritoryKind.Commune => "commune",
        TerritoryKind.Epci => "EPCI",
        TerritoryKind.Departement => "département",
        _ => "région",
    };
}
