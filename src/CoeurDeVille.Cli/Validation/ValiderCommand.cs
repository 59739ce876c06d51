using System.CommandLine;
using CoeurDeVille.Cli.Hosting;
using CoeurDeVille.Core.Downloads;
using CoeurDeVille.Core.Validation;
using CoeurDeVille.Core.Validation.JsonSchemas;
using Spectre.Console;

namespace CoeurDeVille.Cli.Validation;

/// <summary>
/// <c>cdv valider FICHIER [--schema S] [--format json|table] [--limite N]</c> (or <c>--fichier F</c>): checks a CSV or XLSX
/// file against a Table Schema, or a JSON/GeoJSON file against a JSON Schema — the schema's content decides which.
/// </summary>
public static class ValiderCommand
{
    public static Command Create(Func<CliServices> services)
    {
        var fileArgument = new Argument<string?>("fichier") { Description = "Fichier CSV, XLSX, JSON ou GeoJSON à valider", Arity = ArgumentArity.ZeroOrOne };
        var file = new Option<string?>("--fichier", "-f") { Description = "Fichier à valider (au lieu de l'argument)" };
        var schema = new Option<string?>("--schema", "-s") { Description = "Schéma Table Schema ou JSON Schema (chemin ou URL) ; sans schéma, seule la structure d'un CSV ou XLSX est vérifiée" };
        var format = new Option<string>("--format") { Description = "Sortie : table (défaut) ou json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var limit = new Option<int?>("--limite") { Description = "Nombre maximal d'erreurs avant d'arrêter" };
        var command = new Command("valider", "Valide un fichier CSV ou XLSX (Table Schema, comme Validata) ou JSON/GeoJSON (JSON Schema)") { fileArgument, file, schema, format, limit };
        command.Aliases.Add("validate");
        command.SetAction(async (result, cancellationToken) =>
        {
            using var cli = services();
            var path = result.GetValue(fileArgument) ?? result.GetValue(file)
                ?? throw new ArgumentException("Indiquez le fichier à valider : cdv valider FICHIER --schema SCHÉMA.");
            var schemaSource = result.GetValue(schema);
            var options = new ValidationOptions { LimitErrors = result.GetValue(limit) };
            var report = await ValidateAsync(cli.Cache, path, schemaSource, options, cancellationToken);
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

    private static async Task<ValidationReport> ValidateAsync(DownloadCache cache, string path, string? schemaSource, ValidationOptions options, CancellationToken cancellationToken)
    {
        var kind = schemaSource is null ? SchemaKind.Unknown : SchemaDetector.Detect(await ReadSchemaAsync(cache, schemaSource, cancellationToken));
        if (kind == SchemaKind.JsonSchema)
        {
            var jsonSchema = await JsonSchemaDocument.LoadAsync(schemaSource!, cache, cancellationToken);
            return await JsonSchemaValidator.ValidateFileAsync(path, jsonSchema, options, cancellationToken);
        }

        if (schemaSource is not null && kind != SchemaKind.TableSchema)
        {
            throw new InvalidDataException($"{schemaSource} : ni Table Schema (clé « fields »), ni JSON Schema (« $schema », « type » ou « properties ») ; impossible de choisir le validateur.");
        }

        if (schemaSource is null && (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".geojson", StringComparison.OrdinalIgnoreCase)))
        {
            throw new ArgumentException($"{Path.GetFileName(path)} : un fichier JSON ou GeoJSON se valide avec un JSON Schema ; indiquez-le avec --schema.");
        }

        var tableSchema = schemaSource is null ? null : await TableSchema.LoadAsync(schemaSource, cache, cancellationToken);
        return TableValidator.Validate(path, tableSchema, options, cancellationToken) with { Schema = schemaSource };
    }

    private static async Task<string> ReadSchemaAsync(DownloadCache cache, string source, CancellationToken cancellationToken)
    {
        var isUrl = source.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || source.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
        var path = isUrl ? (await cache.FetchAsync(source, cancellationToken: cancellationToken)).Path : source;
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Schéma introuvable : {source}", source);
        }

        return await File.ReadAllTextAsync(path, cancellationToken);
    }

    internal static void Render(IAnsiConsole console, ValidationReport report)
    {
        if (report.Valid)
        {
            console.MarkupLine($"[green]{Markup.Escape(report.File)} : valide[/] ({CoeurDeVille.Core.Text.FrenchPlural.Of(report.RowCount, "ligne")}).");
        }
        else
        {
            console.MarkupLine($"[red]{Markup.Escape(report.File)} : {CoeurDeVille.Core.Text.FrenchPlural.Of(report.ErrorCount, "erreur")}[/] sur {CoeurDeVille.Core.Text.FrenchPlural.Of(report.RowCount, "ligne")}.");
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
