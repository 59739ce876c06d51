using System.Text.Json;
using Json.Schema;

namespace CoeurDeVille.Core.Validation.JsonSchemas;

/// <summary>
/// Validates a JSON or GeoJSON document against a JSON Schema and reports in the Table Schema report model:
/// for a FeatureCollection (or a top-level array) the row is the feature (item) number from 1, the field the property name.
/// </summary>
public static class JsonSchemaValidator
{
    /// <summary>Errors listed when the caller sets no limit; the counts by type stay complete beyond it.</summary>
    public const int DefaultErrorLimit = 1000;

    private static readonly EvaluationOptions Quick = new() { OutputFormat = OutputFormat.Flag, RequireFormatValidation = true };

    private static readonly EvaluationOptions Detailed = new() { OutputFormat = OutputFormat.Hierarchical, RequireFormatValidation = true };

    public static Task<ValidationReport> ValidateAsync(Stream document, JsonSchemaDocument schema, CancellationToken cancellationToken = default) =>
        ValidateAsync(document, schema, null, null, cancellationToken);

    /// <param name="fileName">Shown in the report (« données.geojson »); defaults to « document ».</param>
    /// <param name="options">Only <see cref="ValidationOptions.LimitErrors"/> is used (default <see cref="DefaultErrorLimit"/>).</param>
    public static async Task<ValidationReport> ValidateAsync(Stream document, JsonSchemaDocument schema, ValidationOptions? options, string? fileName, CancellationToken cancellationToken = default)
    {
        var name = fileName ?? "document";
        var report = new ValidationReport { File = name, Schema = schema.Source };
        JsonDocument json;
        try
        {
            json = await JsonDocument.ParseAsync(document, default, cancellationToken);
        }
        catch (JsonException exception)
        {
            var empty = exception.LineNumber is 0 or null && exception.BytePositionInLine is 0 or null && document.CanSeek && document.Length == 0;
            var message = empty
                ? $"{name} : le fichier est vide."
                : $"{name} : JSON mal formé à la ligne {exception.LineNumber + 1}, colonne {exception.BytePositionInLine + 1} (accolade, crochet, virgule ou guillemet manquant ou en trop).";
            return report with { Errors = [new(ValidationErrorTypes.SourceError, null, null, null, null, message)] };
        }

        using (json)
        {
            cancellationToken.ThrowIfCancellationRequested();
            JsonSchemaMessages.EnsureFrench();
            var collector = new JsonSchemaErrorCollector(json.RootElement, options?.LimitErrors ?? DefaultErrorLimit);
            if (collector.IsFeatureCollection)
            {
                CollectByFeature(schema.Schema, json.RootElement, collector, cancellationToken);
            }
            else
            {
                collector.Collect(schema.Schema.Evaluate(json.RootElement, Detailed));
            }

            var warnings = collector.Total > collector.Errors.Count
                ? [$"limite de {collector.Errors.Count} erreurs atteinte : {collector.Total} erreurs au total, seules les {collector.Errors.Count} premières sont listées"]
                : Array.Empty<string>();
            return report with
            {
                RowCount = collector.RowCount,
                Errors = collector.Errors,
                Counts = collector.Counts,
                Warnings = warnings,
            };
        }
    }

    /// <summary>
    /// The collection's own keys first, then each feature alone: a valid feature costs one quick pass, an invalid one a
    /// second, detailed pass. Rules on the features array itself (<c>uniqueItems</c>, <c>minItems</c>, <c>contains</c>) are not checked this way.
    /// </summary>
    private static void CollectByFeature(JsonSchema schema, JsonElement root, JsonSchemaErrorCollector collector, CancellationToken cancellationToken)
    {
        var documents = new FeatureDocuments(root);
        using (var shell = documents.Shell())
        {
            collector.CollectShell(schema.Evaluate(shell.RootElement, Detailed));
        }

        var index = 0;
        foreach (var feature in root.GetProperty("features").EnumerateArray())
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var single = documents.With(feature);
            if (!schema.Evaluate(single.RootElement, Quick).IsValid)
            {
                collector.Collect(schema.Evaluate(single.RootElement, Detailed), index);
            }

            index++;
        }
    }

    /// <summary>Validates a file on disk; the report names it by its file name.</summary>
    public static async Task<ValidationReport> ValidateFileAsync(string path, JsonSchemaDocument schema, ValidationOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Fichier introuvable : {path}", path);
        }

        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        return await ValidateAsync(stream, schema, options, Path.GetFileName(path), cancellationToken);
    }
}
