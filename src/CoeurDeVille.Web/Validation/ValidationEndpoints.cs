using Microsoft.AspNetCore.Http.HttpResults;

namespace CoeurDeVille.Web.Validation;

/// <summary>
/// Registration of the validation feature: its services (<see cref="AddValidation"/>) and the API
/// <c>POST /api/v1/validation</c> and <c>GET /api/v1/schemas</c> (<see cref="MapValidation"/>); the page is
/// <c>Pages/Validation/Index</c>.
/// </summary>
public static class ValidationEndpoints
{
    public static WebApplicationBuilder AddValidation(this WebApplicationBuilder builder)
    {
        var options = new CdvValidationOptions();
        builder.Configuration.GetSection("Cdv:Validation").Bind(options);
        var schemas = builder.Configuration.GetSection("Cdv:Schemas");
        options.SharedData = Hosting.SharedDataLocator.Resolve(schemas["DonneesPartagees"] ?? options.SharedData, builder.Environment.ContentRootPath);
        options.Folders = schemas.GetSection("Dossiers").Get<string[]>() ?? options.Folders;
        options.MaxUploadBytes = builder.Configuration.GetValue("Cdv:Validation:TailleMaxOctets", options.MaxUploadBytes);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<SchemaCatalogue>();
        builder.Services.AddSingleton<UploadValidator>();
        return builder;
    }

    public static IEndpointRouteBuilder MapValidation(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Validation");
        api.MapGet("/schemas", (SchemaCatalogue schemas) => TypedResults.Ok(schemas.All.Select(s => new SchemaSummary(s.Id, s.Title, s.FieldNames.Count))))
            .WithName("ListerSchemas")
            .WithSummary("Schémas Table Schema connus de l'instance, utilisables par la validation (paramètre « schema »).");
        // No cookie authentication and nothing stored: a cross-site post can do no more than any client, so the API
        // skips antiforgery; the page's form keeps it.
        api.MapPost("/validation", ValidateAsync)
            .DisableAntiforgery()
            .WithName("ValiderFichier")
            .WithSummary("Valide un fichier CSV ou XLSX (champ « fichier ») selon un schéma : identifiant connu, adresse http(s), « auto » pour le détecter d'après l'en-tête, ou rien pour la seule structure. Réponse : le rapport de `cdv valider --format json`.")
            .Accepts<IFormFile>("multipart/form-data")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return app;
    }

    private static async Task<IResult> ValidateAsync(HttpRequest request, UploadValidator validator, CdvValidationOptions options, CancellationToken cancellationToken)
    {
        if (request.ContentLength > options.MaxUploadBytes + 64 * 1024)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, "Fichier trop volumineux", $"Le fichier dépasse la taille maximale acceptée ({options.MaxUploadBytes / (1024 * 1024)} Mo).");
        }

        if (!request.HasFormContentType)
        {
            return Problem(StatusCodes.Status400BadRequest, "Requête invalide", "Envoyez le fichier en multipart/form-data dans le champ « fichier ».");
        }

        var form = await request.ReadFormAsync(cancellationToken);
        if (form.Files.GetFile("fichier") is not { } file)
        {
            return Problem(StatusCodes.Status400BadRequest, "Fichier manquant", "Le champ « fichier » (CSV ou XLSX) est absent de la requête.");
        }

        try
        {
            await using var stream = file.OpenReadStream();
            var outcome = await validator.ValidateAsync(stream, Path.GetFileName(file.FileName), form["schema"].ToString(), cancellationToken);
            return TypedResults.Text(outcome.Report.ToJson(), "application/json; charset=utf-8");
        }
        catch (UploadRejectedException exception)
        {
            return Problem(exception.StatusCode, "Fichier refusé", exception.Message);
        }
        catch (SchemaChoiceException exception)
        {
            return Problem(StatusCodes.Status400BadRequest, "Schéma invalide", exception.Message);
        }
    }

    private static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: status);
}
