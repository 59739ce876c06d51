using System.CommandLine;
using CoeurDeVille.Cli.Hosting;
using CoeurDeVille.Storage;
using CoeurDeVille.Storage.Accounts;
using CoeurDeVille.Storage.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace CoeurDeVille.Cli.Accounts;

/// <summary><c>cdv admin creer --courriel … --mot-de-passe-stdin --base …</c>: creates an administrator account.</summary>
public static class AdminCommand
{
    public static Command Create(Func<CliServices> services)
    {
        var email = new Option<string>("--courriel") { Description = "Adresse électronique de l'administrateur", Required = true };
        var fromStdin = new Option<bool>("--mot-de-passe-stdin") { Description = "Lit le mot de passe sur l'entrée standard (première ligne) au lieu de le demander" };
        var database = CliDatabase.Option();
        var create = new Command("creer", "Crée un compte administrateur (le premier, ou un de plus)") { email, fromStdin, database };
        create.Aliases.Add("create");
        create.SetAction(async (result, cancellationToken) =>
        {
            using var cli = services();
            string? password;
            if (result.GetValue(fromStdin))
            {
                password = await CliInput.Current.ReadLineAsync(cancellationToken);
            }
            else if (cli.Console.Profile.Capabilities.Interactive)
            {
                password = await cli.Console.PromptAsync(new TextPrompt<string>("Mot de passe (12 caractères au moins) :").Secret(), cancellationToken);
            }
            else
            {
                cli.Console.MarkupLine("[red]Aucun mot de passe : ajoutez --mot-de-passe-stdin et passez-le sur l'entrée standard.[/]");
                return ExitCodes.BadInput;
            }

            await using var provider = await CliDatabase.OpenAsync(cli, result.GetValue(database)!, cancellationToken);
            using var scope = provider.CreateScope();
            var created = await AccountSetup.CreateAdminAsync(
                scope.ServiceProvider.GetRequiredService<CdvDbContext>(),
                scope.ServiceProvider.GetRequiredService<UserManager<CdvUser>>(),
                scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>(),
                scope.ServiceProvider.GetRequiredService<AuditLog>(),
                result.GetValue(email)!,
                password ?? string.Empty,
                AuditActor.CommandLine,
                firstOnly: false,
                cli.Time,
                cancellationToken);
            if (!created.Succeeded)
            {
                foreach (var error in created.Errors)
                {
                    cli.Console.MarkupLine($"[red]Erreur : {Markup.Escape(error)}[/]");
                }

                cli.Console.MarkupLine("Aucun compte n'a été créé.");
                return ExitCodes.BadInput;
            }

            cli.Console.MarkupLine($"Administrateur [bold]{Markup.Escape(result.GetValue(email)!.Trim())}[/] créé. La page /installation n'est plus accessible.");
            return ExitCodes.Done;
        });

        var command = new Command("admin", "Comptes administrateurs de l'instance") { create };
        return command;
    }
}
