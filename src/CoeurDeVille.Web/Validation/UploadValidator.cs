using CoeurDeVille.Core.Downloads;
using CoeurDeVille.Core.Validation;

namespace CoeurDeVille.Web.Validation;

/// <summary>
/// Validates an uploaded CSV or XLSX with the Core validator (the one <c>cdv valider</c> uses) against a known schema,
/// an http(s) schema URL, the schema detected from the header (<see cref="Automatic"/>) or none. Stores nothing: the
/// upload lives in a temporary file deleted at the end.
/// </summary>
public sealed class UploadValidator(SchemaCatalogue schemas, CdvValidationOptions options, DownloadCache cache)
{
    /// <summary>The schema choice that asks for detection from the header.</summary>
    public const string Automatic = "auto";

    public async Task<ValidationOutcome> ValidateAsync(Stream upload, string fileName, string? schemaChoice, CancellationToken cancellationToken)
    {
        var choice = schemaChoice?.Trim();
        KnownSchema? known = null;
        TableSchema? schema = null;
        if (!string.IsNullOrEmpty(choice) && choice != Automatic)
        {
            (known, schema) = await LoadSchemaAsync(choice, cancellationToken);
        }

        var path = await UploadedTable.SaveAsync(upload, fileName, options.MaxUploadBytes, Path.GetTempPath(), cancellationToken);
        try
        {
            var validation = new ValidationOptions { LimitErrors = options.LimitErrors };
            SchemaMatch? detection = null;
            if (choice == Automatic)
            {
                // Reading the header costs one structure-only pass; national files stay small enough for the page.
                var structure = TableValidator.Validate(path, null, validation, cancellationToken);
                detection = SchemaDetector.Detect(structure.Labels, schemas.All);
                if (detection is null)
                {
                    return new ValidationOutcome(structure with { File = fileName }, null, null, DetectionFailed: true);
                }

                known = detection.Schema;
                schema = TableSchema.Load(known.Path);
            }

            var report = TableValidator.Validate(path, schema, validation, cancellationToken) with
            {
                File = fileName,
                Schema = known?.Id ?? (string.IsNullOrEmpty(choice) || choice == Automatic ? null : choice),
            };
            return new ValidationOutcome(report, known, detection, DetectionFailed: false);
        }
        finally
        {
            UploadedTable.Delete(path);
        }
    }

    private async Task<(KnownSchema?, TableSchema)> LoadSchemaAsync(string choice, CancellationToken cancellationToken)
    {
        if (schemas.Find(choice) is { } known)
        {
            return (known, TableSchema.Load(known.Path));
        }

        // Only http(s) URLs besides known ids: a server path typed in a public form must not read the server's files.
        if (!Uri.TryCreate(choice, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new SchemaChoiceException($"Schéma « {choice} » inconnu : choisissez un schéma de la liste ou donnez l'adresse http(s) d'un schéma Table Schema.");
        }

        try
        {
            return (null, await TableSchema.LoadAsync(choice, cache, cancellationToken));
        }
        catch (Exception exception) when (exception is SourceUnreachableException or HttpRequestException or InvalidDataException or IOException)
        {
            throw new SchemaChoiceException($"Le schéma {choice} n'a pas pu être lu : {exception.Message}");
        }
    }
}
