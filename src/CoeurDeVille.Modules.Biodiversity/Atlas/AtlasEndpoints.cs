using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoeurDeVille.Modules.Biodiversity.Atlas;

/// <summary>
/// The atlas' JSON API under <c>/api/v1/territoires/{code}/biodiversite</c>: the same figures as the pages, read through
/// <see cref="AtlasReader"/> (aggregates only, blurred by sensitivity). Cells come as GeoJSON polygons in WGS 84.
/// </summary>
public static class AtlasEndpoints
{
    private const string Prefix = "/api/v1/territoires/{code}/biodiversite";

    public static IEndpointRouteBuilder MapAtlasApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup(Prefix).WithTags("Biodiversité");
        api.MapGet("", async (string code, AtlasReader atlas, CancellationToken cancel) =>
            await atlas.TerritoryAsync(code, cancel) is { } territory ? Results.Ok(territory) : NoAtlas(code));
        api.MapGet("/communes/{insee}", async (string code, string insee, AtlasReader atlas, CancellationToken cancel) =>
            await atlas.CommuneAsync(code, insee, cancel) is { } commune ? Results.Ok(commune)
            : NotFound("Commune sans données publiques", $"La commune {insee} n'a pas d'observation publique dans l'atlas du territoire {code}."));
        api.MapGet("/especes", async (string code, string? q, string? groupe, bool? patrimoniales, bool? envahissantes, int? limite, AtlasReader atlas, CancellationToken cancel) =>
            await atlas.HasAtlasAsync(code, cancel)
                ? Results.Ok(await atlas.SearchAsync(code, q, groupe, patrimoniales == true, envahissantes == true, Math.Clamp(limite ?? 20, 1, 500), cancel))
                : NoAtlas(code));
        api.MapGet("/especes/{cdRef:int}", async (string code, int cdRef, int? maille, AtlasReader atlas, CancellationToken cancel) =>
            CellSize(maille) is not { } size ? BadCellSize(maille)
            : await atlas.SpeciesAsync(code, cdRef, size, cancel) is { } species ? Results.Ok(species)
            : NotFound("Taxon sans données publiques", $"Le taxon {cdRef} n'a pas d'observation publique dans l'atlas du territoire {code}."));
        api.MapGet("/especes/{cdRef:int}/mailles.geojson", async (string code, int cdRef, int? maille, AtlasReader atlas, CancellationToken cancel) =>
            CellSize(maille) is not { } size ? BadCellSize(maille)
            : await atlas.SpeciesAsync(code, cdRef, size, cancel) is { } species ? GeoJson(species.Cells)
            : NotFound("Taxon sans données publiques", $"Le taxon {cdRef} n'a pas d'observation publique dans l'atlas du territoire {code}."));
        api.MapGet("/mailles.geojson", async (string code, int? maille, AtlasReader atlas, CancellationToken cancel) =>
            CellSize(maille) is not { } size ? BadCellSize(maille)
            : await atlas.HasAtlasAsync(code, cancel) ? GeoJson(await atlas.CellsAsync(code, size, cancel))
            : NoAtlas(code));
        return routes;
    }

    /// <summary>10 km by default; 1 km on request.</summary>
    internal static int? CellSize(int? requested) => requested switch
    {
        null or 10 => 10,
        1 => 1,
        _ => null,
    };

    private static IResult GeoJson(IReadOnlyList<CellFigure> cells) => Results.Stream(async stream =>
    {
        await using var json = new Utf8JsonWriter(stream);
        CellGeoJson.Write(json, cells);
        await json.FlushAsync();
    }, "application/geo+json");

    private static IResult NoAtlas(string code) =>
        NotFound("Atlas introuvable", $"Le territoire {code} n'a pas d'atlas de la biodiversité (aucune observation importée).");

    private static IResult BadCellSize(int? maille) => Results.Problem(
        title: "Taille de maille invalide", detail: $"La maille « {maille} » n'existe pas : attendu 10 (maille de 10 km) ou 1 (maille de 1 km).",
        statusCode: StatusCodes.Status400BadRequest);

    private static IResult NotFound(string title, string detail) =>
        Results.Problem(title: title, detail: detail, statusCode: StatusCodes.Status404NotFound);
}
