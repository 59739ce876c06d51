using System.Globalization;
using System.Text.Json;
using CoeurDeVille.Storage.Layers;
using CoeurDeVille.Storage.Layers.Tiles;
using CoeurDeVille.Web.Catalogue;
using CoeurDeVille.Web.Hosting.CpuGate;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoeurDeVille.Web.Ogc.Tiles;

/// <summary>
/// Mapbox vector tiles of a layer, OGC API Tiles style: <c>…/collections/{id}/tiles/WebMercatorQuad/{z}/{y}/{x}</c>
/// (row before column), a TileJSON 3.0 at <c>…/collections/{id}/tiles</c> for MapLibre, and the XYZ shortcut
/// <c>/tuiles/{id}/{z}/{x}/{y}.mvt</c>. Empty tiles answer 204.
/// </summary>
public static class VectorTileEndpoints
{
    public const int MaxZoom = 22;

    public static IEndpointRouteBuilder MapVectorTiles(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        foreach (var prefix in new[] { "/ogc", "/territoires/{code}/ogc" })
        {
            var group = app.MapGroup(prefix + "/collections/{collectionId}/tiles").WithTags("Tuiles vectorielles").AddEndpointFilter<TerritoryCodeFilter>().WithCpuGate();
            group.MapGet("/", TileJson).WithSummary("TileJSON de la couche (MapLibre)");
            group.MapGet("/WebMercatorQuad/{z:int}/{y:int}/{x:int}", (HttpContext http, LayerStore store, LayerTileStore tables, TileIndexCache indexes, VectorTileCache tiles, string collectionId, int z, int y, int x) =>
                TileAsync(http, store, tables, indexes, tiles, collectionId, new WebMercatorTile(z, x, y)))
                .WithSummary("Tuile vectorielle (MVT)");
        }

        app.MapGet("/tuiles/{collectionId}/{z:int}/{x:int}/{y:int}.mvt", (HttpContext http, LayerStore store, LayerTileStore tables, TileIndexCache indexes, VectorTileCache tiles, string collectionId, int z, int x, int y) =>
            TileAsync(http, store, tables, indexes, tiles, collectionId, new WebMercatorTile(z, x, y)))
            .WithTags("Tuiles vectorielles").WithSummary("Tuile vectorielle (MVT), adresse XYZ").WithCpuGate();
        return app;
    }

    private static async Task<IResult> TileAsync(
        HttpContext http, LayerStore store, LayerTileStore tables, TileIndexCache indexes, VectorTileCache tiles, string collectionId, WebMercatorTile tile)
    {
        var scope = OgcScope.Of(http);
        if (!LayerKey.TryParseCollectionId(collectionId, out var key) || !scope.Contains(key)
            || await store.FindAsync(key, http.RequestAborted) is not { } layer)
        {
            return OgcProblems.CollectionNotFound(collectionId);
        }

        if (!tile.IsValid || tile.Z > MaxZoom)
        {
            return TypedResults.Problem(
                title: "Tuile introuvable",
                detail: $"Tuile {tile.Z}/{tile.X}/{tile.Y} hors de la grille WebMercatorQuad (niveaux 0 à {MaxZoom}, colonnes et lignes de 0 à 2^niveau − 1).",
                statusCode: StatusCodes.Status404NotFound);
        }

        var tag = string.Create(CultureInfo.InvariantCulture, $"\"t{layer.Id}-{layer.Version}-{tile.Z}-{tile.X}-{tile.Y}\"");
        http.Response.Headers.ETag = tag;
        http.Response.Headers.CacheControl = "public, no-cache";
        if (EntityTag.Matches(http.Request.Headers.IfNoneMatch, tag))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        if (!tiles.TryGet(layer.Id, layer.Version, tile, out var bytes))
        {
            // Large point layers: the tile tables written at import (one lookup or range scan); otherwise, or until
            // the upgrader has built them for an older layer, the in-memory index.
            if (layer.PointsOnly && layer.FeatureCount > TileIndex.MaxFeaturesWithProperties
                && await tables.ReadAsync(layer, tile.Z, tile.X, tile.Y, http.RequestAborted) is { } points)
            {
                bytes = PersistedPointTile.Render(points, tile, layer.Key.CollectionId);
            }
            else
            {
                var index = await indexes.GetAsync(layer, http.RequestAborted);
                bytes = index.Render(tile, layer.Key.CollectionId);
            }
            tiles.Set(layer.Id, layer.Version, tile, bytes);
        }

        return bytes.Length == 0 ? TypedResults.NoContent() : TypedResults.Bytes(bytes, OgcMediaTypes.VectorTile);
    }

    private static async Task<IResult> TileJson(HttpContext http, LayerStore store, string collectionId)
    {
        var scope = OgcScope.Of(http);
        if (!LayerKey.TryParseCollectionId(collectionId, out var key) || !scope.Contains(key)
            || await store.FindAsync(key, http.RequestAborted) is not { } layer)
        {
            return OgcProblems.CollectionNotFound(collectionId);
        }

        var versions = layer.Id.ToString(CultureInfo.InvariantCulture) + ":" + layer.Version.ToString(CultureInfo.InvariantCulture);
        return new OgcJsonResult(OgcMediaTypes.Json, OgcScope.EntityTagOf(http, versions), null, (json, _) =>
        {
            WriteTileJson(json, scope.CollectionUrl(layer.Key) + "/tiles/WebMercatorQuad/{z}/{y}/{x}", layer);
            return Task.CompletedTask;
        });
    }

    private static void WriteTileJson(Utf8JsonWriter json, string template, LayerInfo layer)
    {
        json.WriteStartObject();
        json.WriteString("tilejson", "3.0.0");
        json.WriteString("name", layer.Title);
        json.WriteString("version", layer.Version.ToString(CultureInfo.InvariantCulture) + ".0.0");
        json.WriteString("scheme", "xyz");
        json.WriteStartArray("tiles");
        json.WriteStringValue(template);
        json.WriteEndArray();
        json.WriteNumber("minzoom", 0);
        json.WriteNumber("maxzoom", MaxZoom);
        if (layer.Extent is { } extent)
        {
            json.WriteStartArray("bounds");
            json.WriteNumberValue(extent.MinX);
            json.WriteNumberValue(extent.MinY);
            json.WriteNumberValue(extent.MaxX);
            json.WriteNumberValue(extent.MaxY);
            json.WriteEndArray();
        }

        json.WriteStartArray("vector_layers");
        json.WriteStartObject();
        json.WriteString("id", layer.Key.CollectionId);
        json.WriteString("description", layer.FeatureCount > TileIndex.MaxFeaturesWithProperties
            ? "Grande couche : les tuiles portent l'identifiant des objets (détails via /items/{id})."
            : layer.Title);
        json.WriteStartObject("fields");
        if (layer.FeatureCount <= TileIndex.MaxFeaturesWithProperties)
        {
            foreach (var column in layer.Columns)
            {
                json.WriteString(column.Name, column.Type == LayerColumnType.Text ? "String" : "Number");
            }
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
