using CoeurDeVille.Storage.Extracts;
using CoeurDeVille.Storage.Files;
using CoeurDeVille.Web.Extractor.Jobs;
using CoeurDeVille.Web.Extractor.Publication;
using CoeurDeVille.Web.Extractor.Territories;
using Microsoft.AspNetCore.StaticFiles;
using NetTopologySuite.Features;
using System.Text.Json;
using CoeurDeVille.Web.Extractor.Refresh;
using NetTopologySuite.IO.Converters;

namespace CoeurDeVille.Web.Extractor;

/// <summary>The extractor's HTTP API: territory search, perimeter contours, jobs, their files, publication and versions.</summary>
public static class ExtractorEndpoints
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private static readonly JsonSerializerOptions GeoJson = new() { Converters = { new GeoJsonConverterFactory() } };

    public static void Map(WebApplication app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Extracteur");
        api.MapGet("/territoires/recherche", async (string? q, ExtractionService extraction, CancellationToken cancel) =>
        {
            var directory = await extraction.TerritoriesAsync(cancel);
            return Results.Ok(string.IsNullOrWhiteSpace(q) ? [] : directory.Search(q, 10).Select(m => TerritorySearchItem.From(directory, m)).ToList());
        });
        api.MapGet("/perimetres/{territoire}.geojson", PerimeterAsync);
        api.MapPost("/extractions", (ExtractionStartRequest body, HttpContext http, ExtractionService extraction, ExtractionJobQueue queue, CancellationToken cancel) =>
            StartAsync(body, extraction, queue, cancel));
        api.MapGet("/extractions/{id}", (string id, ExtractionJobQueue queue) =>
            queue.Find(id) is { } job ? Results.Ok(ExtractionJobView.From(job)) : NotFound("Extraction inconnue ou expirée."));
        api.MapPost("/extractions/{id}/publication", (string id, PublicationRequest body, HttpContext http, ExtractionJobQueue queue, ExtractorPublicationFlow flow, CancellationToken cancel) =>
            PublishAsync(id, body, http, queue, flow, cancel));
        api.MapGet("/territoires/{code}/jeux-de-donnees/{id}/versions", async (string code, string id, ExtractPublicationStore store, CancellationToken cancel) =>
        {
            var versions = await store.VersionsAsync(code, id, cancel);
            return versions.Count == 0 ? NotFound("Aucune version pour ce jeu de données.") : Results.Ok(versions.Select(v => DatasetVersionView.From(v)));
        });

        app.MapGet("/extracteur/travaux/{id}/fichiers/{name}", (string id, string name, ExtractionJobQueue queue, Core.Configuration.CdvSettings settings) =>
        {
            if (queue.Find(id) is not { State: ExtractionJobState.Succeeded } job || job.Files.All(f => f.Name != name))
            {
                return NotFound("Fichier inconnu ou expiré.");
            }

            var path = Path.Combine(ExtractionWorker.FolderOf(settings, id), name);
            return Results.File(path, ContentTypeOf(name), name, enableRangeProcessing: true);
        });
        app.MapGet("/territoires/{code}/jeux-de-donnees/{id}/fichiers/{version:int}/{name}", async (
            string code, string id, int version, string name, ExtractPublicationStore store, IFileStore files, CancellationToken cancel) =>
        {
            var stored = await store.VersionAsync(code, id, version, cancel);
            var key = stored is null ? null
                : name == stored.FileName ? stored.FileKey
                : name == stored.FileName + ".provenance.json" ? stored.ProvenanceKey
                : name == stored.FileName + ".LICENCE.txt" ? stored.LicenceNoticeKey
                : null;
            return key is not null && await files.OpenReadAsync(key, cancel) is { } stream
                ? Results.Stream(stream, ContentTypeOf(name), name)
                : NotFound("Fichier ou version inconnus.");
        });
    }

    internal static string BaseOf(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";

    internal static IResult NotFound(string detail) => Results.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Introuvable");

    internal static IResult BadRequest(string detail) => Results.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Demande invalide");

    private static string ContentTypeOf(string name) =>
        name.EndsWith(".gpkg", StringComparison.OrdinalIgnoreCase) ? "application/geopackage+sqlite3"
        : name.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase) ? "application/vnd.apache.parquet"
        : name.EndsWith(".geojson", StringComparison.OrdinalIgnoreCase) ? "application/geo+json"
        : name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? "text/csv; charset=utf-8"
        : ContentTypes.TryGetContentType(name, out var type) ? type : "application/octet-stream";

    private static async Task<IResult> PerimeterAsync(string territoire, ExtractionService extraction, CancellationToken cancel)
    {
        var directory = await extraction.TerritoriesAsync(cancel);
        if (TerritoryReference.TryParse(directory, territoire, out var error) is not { } territory)
        {
            return BadRequest(error);
        }

        NetTopologySuite.Geometries.Geometry? geometry;
        try
        {
            geometry = await extraction.GeometryAsync(territory, cancel);
        }
        catch (Core.Downloads.SourceUnreachableException e)
        {
            return Results.Problem(
                $"Le contour de {territory.Name} n'a pas pu être téléchargé : {e.Message}",
                statusCode: StatusCodes.Status503ServiceUnavailable, title: "Source des contours injoignable");
        }

        if (geometry is null)
        {
            return NotFound($"Contour de {territory.Name} indisponible.");
        }

        var collection = new FeatureCollection { new Feature(geometry, new AttributesTable { { "code", territory.Code }, { "nom", territory.Name } }) };
        return Results.Text(JsonSerializer.Serialize(collection, GeoJson), "application/geo+json");
    }

    private static async Task<IResult> StartAsync(ExtractionStartRequest body, ExtractionService extraction, ExtractionJobQueue queue, CancellationToken cancel)
    {
        var (job, error) = await ExtractorPublicationFlow.StartAsync(body.Source, body.Territoire, body.Format, extraction, queue, cancel);
        if (job is null)
        {
            return error == ExtractorPublicationFlow.QueueFull
                ? Results.Problem(error, statusCode: StatusCodes.Status503ServiceUnavailable, title: "File d'attente pleine")
                : BadRequest(error);
        }

        return Results.Accepted($"/api/v1/extractions/{job.Id}", ExtractionJobView.From(job));
    }

    private static async Task<IResult> PublishAsync(
        string id, PublicationRequest body, HttpContext http, ExtractionJobQueue queue, ExtractorPublicationFlow flow, CancellationToken cancel)
    {
        if (queue.Find(id) is not { } job)
        {
            return NotFound("Extraction inconnue ou expirée.");
        }

        try
        {
            var versions = await flow.PublishAsync(job, body.Territoires ?? [], body.Frequence, http.User, BaseOf(http.Request), cancel);
            return Results.Ok(versions);
        }
        catch (PublicationRefusedException e)
        {
            return e.Forbidden
                ? Results.Problem(e.Message, statusCode: StatusCodes.Status403Forbidden, title: "Publication non autorisée")
                : BadRequest(e.Message);
        }
    }
}
