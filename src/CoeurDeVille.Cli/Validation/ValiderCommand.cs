using System.CommandLine;
using CoeurDeVille.Cli.Hosting;
using CoeurDeVille.Core.Validation;
using Spectre.Console;

namespace CoeurDeVille.Cli.Validation;

/// <summary><c>cdv valider --fichier F [--schema S] [--format json|table] [--limite N]</c>: checks a CSV or XLSX file against a Table Schema.</summary>
public static class ValiderCommand
{
    public static Command Create(Func<CliServices> services)
    {
        var file = new Option<string>("--fichier", "-f") { Description = "Fichier CSV ou XLSX à valider", Required = true };
        var schema = new Option<string?>("--schema", "-s") { Description = "Schéma Table Schema (chemin ou URL) ; sans schéma, seule la structure est vérifiée" };
        var format = new Option<string>("--format") { Description = "Sortie : table (défaut) ou json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var limit = new Option<int?>("--limite") { Description = "Nombre maximal d'erreurs avant d'arrêter" };
        var command = new Command("valider", "Valide un fichier CSV ou XLSX selon un schéma (comme Validata)") { file, schema, format, limit };
        command.Aliases.Add("validate");
        command.SetAction(async (result, cancellationToken) =>
        {
            using var cli = services();
            var schemaSource = result.GetValue(schema);
            var tableSchema = schemaSource is null ? null : await TableSchema.LoadAsync(schemaSource, cli.Cache, cancellationToken);
            var report = TableValidator.Validate(result.GetValue(file)!, tableSchema, new ValidationOptions { LimitErrors = result.GetValue(limit) }, cancellationToken) with { Schema = schemaSource };
            if (result.GetValue(format) == "json")
            {
                cli.Console.Profile.Out.Writer.WriteLine(report.ToJson());
            }
            else
            {
                Render(cli.Console, report);
            }

            return report.Valid ? ExitCodes.Done : ExitCodes.BadInput;
        });
        return command;
    }

    internal static void Render(IAnsiConsole console, ValidationReport report)
    {
        if (report.Valid)
        {
            console.MarkupLine($"[green]{Markup.Escape(report.File)} : valide[/] ({CoeurDeVille.Core.Text.FrenchPlural.Of(report.RowCount, "ligne")}).");
        }
        else
        {
            console.MarkupLine($"[red]{Markup.Escape(report.File)} : {CoeurDeVille.Core.Text.FrenchPlural.Of(report.Errors.Count, "erreur")}[/] sur {CoeurDeVille.Core.Text.FrenchPlural.Of(report.RowCount, "ligne")}.");
            var counts = new Table().AddColumns("Type d'erreur", "Nombre");
            foreach (var (type, count) in report.Counts)
            {
                counts.AddRow(type, count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            console.Write(counts);
            var table = new Table().AddColumns("Ligne", "Colonne", "Type", "Message");
            foreach (var error in report.Errors)
            {
                table.AddRow(
                    error.RowNumber?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "en-tête",
                    Markup.Escape(error.FieldName ?? error.FieldNumber?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—"),
                    error.Type,
                    Markup.Escape(error.Message));
            }

            console.Write(table);
        }

        foreach (var warning in report.Warnings)
        {
            console.MarkupLine($"[yellow]Avertissement : {Markup.Escape(warning)}[/]");
        }

        foreach (var check in report.UncheckedCustomChecks)
        {
            console.MarkupLine($"[yellow]Contrôle personnalisé « {Markup.Escape(check.Name)} » : non vérifié.[/]");
        }
    }
}
