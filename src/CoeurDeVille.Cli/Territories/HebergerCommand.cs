using System.CommandLine;
using CoeurDeVille.Cli.Accounts;
using CoeurDeVille.Cli.Hosting;
using CoeurDeVille.Storage.Audit;
using CoeurDeVille.Storage.HostedTerritories;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using CoeurDeVille.Storage;
using Spectre.Console;

namespace CoeurDeVille.Cli.Territories;

/// <summary>
/// <c>cdv territoires heberger 30007 30189 | --epci 200066918 | --departement 30 --base …</c>: hosts territories in
/// bulk, all or nothing (an unknown code creates nothing and is named).
/// </summary>
public static class HebergerCommand
{
    public static Command Create(Func<CliServices> services)
    {
        var codes = new Argument<string[]>("codes") { Description = "Codes INSEE de communes (anciens codes acceptés) ou SIREN d'EPCI", Arity = ArgumentArity.ZeroOrMore };
        var epci = new Option<string[]>("--epci") { Description = "SIREN d'un EPCI : héberge toutes ses communes membres", AllowMultipleArgumentsPerToken = true };
        var departement = new Option<string[]>("--departement") { Description = "Code de département : héberge toutes ses communes", AllowMultipleArgumentsPerToken = true };
        var database = CliDatabase.Option();
        var command = new Command("heberger", "Héberge des territoires dans l'instance (tout ou rien)") { codes, epci, departement, database };
        command.Aliases.Add("host");
        command.SetAction(async (result, cancellationToken) =>
        {
            using var cli = services();
            var request = new HostingRequest(result.GetValue(codes) ?? [], result.GetValue(epci) ?? [], result.GetValue(departement) ?? []);
            var territories = await cli.TerritoriesAsync(cancellationToken);
            await using var provider = await CliDatabase.OpenAsync(cli, result.GetValue(database)!, cancellationToken);
            var store = new HostedTerritoryStore(
                provider.GetRequiredService<IDbContextFactory<CdvDbContext>>(), provider.GetRequiredService<AuditLog>(), cli.Time);
            HostingResult hosted;
            try
            {
                hosted = await store.HostAsync(territories, request, AuditActor.CommandLine, cancellationToken: cancellationToken);
            }
            catch (HostingException e)
            {
                cli.Console.MarkupLine($"[red]Erreur : {Markup.Escape(e.Message)}[/]");
                return ExitCodes.BadInput;
            }

            foreach (var (former, current) in hosted.FormerCodesFollowed)
            {
                cli.Console.MarkupLine($"Ancien code {former} → commune actuelle {current}.");
            }

            if (hosted.Created.Count > 0)
            {
                var table = new Table().AddColumns("Code", "Nom", "Type");
                foreach (var territory in hosted.Created)
                {
                    table.AddRow(territory.Code, Markup.Escape(territory.Name), territory.Kind.ToString());
                }

                cli.Console.Write(table);
            }

            cli.Console.MarkupLine($"{hosted.Created.Count} territoire(s) hébergé(s), {hosted.AlreadyHosted.Count} déjà hébergé(s).");
            return ExitCodes.Done;
        });
        return command;
    }
}
