using System.Globalization;
using System.Text.Json;
using CoeurDeVille.Storage.Layers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

using CoeurDeVille.Web.Catalogue;
using CoeurDeVille.Web.Hosting.CpuGate;

namespace CoeurDeVille.Web.Ogc;

/// <summary>
/// OGC API Features Part 1 (core, GeoJSON, OpenAPI 3.0) and Part 2 (crs, bbox-crs) over the stored layers, at
/// <c>/ogc</c> for the whole instance and at <c>/territoires/{code}/ogc</c> for one territory. Collection id =
/// <c>{territoryCode}-{datasetId}</c>; storage CRS is CRS84; Lambert-93 and EPSG:4326 (latitude first) on request.
/// </summary>
public static class OgcEndpoints
{
    public static IEndpointRouteBuilder MapOgcFeatures(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        Map(app.MapGroup("/ogc").WithTags("OGC API Features").WithCpuGate());
        Map(app.MapGroup("/territoires/{code}/ogc").WithTags("OGC API Features (territoire)").AddEndpointFilter<TerritoryCodeFilter>().WithCpuGate());
        return app;
    }

    private static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/", Landing).WithSummary("Page d'accueil OGC API Features");
        group.MapGet("/conformance", Conformance).WithSummary("Classes de conformité");
        group.MapGet("/collections", Collections).WithSummary("Collections (couches)");
        group.MapGet("/collections/{collectionId}", Collection).WithSummary("Une collection");
        group.MapGet("/collections/{collectionId}/items", Items)
            .WithSummary("Objets d'une collection (bbox, bbox-crs, crs, limit, offset, filtres sur les propriétés)");
        group.MapGet("/collections/{collectionId}/items/{featureId}", Item).WithSummary("Un objet");
    }

    private static IResult Landing(HttpContext http)
    {
        var scope = OgcScope.Of(http);
        var root = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";
        return new OgcJsonResult(OgcMediaTypes.Json, OgcScope.EntityTagOf(http, "landing"), null, (json, _) =>
        {
            json.WriteStartObject();
            json.WriteString("title", scope.TerritoryCode is null
                ? "Cœur de Ville Data — couches (OGC API Features)"
                : $"Cœur de Ville Data — couches du territoire {scope.TerritoryCode} (OGC API Features)");
            json.WriteString("description", "Couches géographiques des territoires, lisibles par QGIS et GDAL (GeoJSON, CRS84 ou Lambert-93).");
            json.WriteStartArray("links");
            OgcLinks.Write(json, scope.BaseUrl, "self", OgcMediaTypes.Json, "Cette page");
            OgcLinks.Write(json, root + "/openapi/v1.json", "service-desc", OgcMediaTypes.OpenApi, "Définition OpenAPI de l'API");
            OgcLinks.Write(json, root + "/api/reference", "service-doc", "text/html", "Documentation de l'API");
            OgcLinks.Write(json, scope.BaseUrl + "/conformance", "conformance", OgcMediaTypes.Json, "Classes de conformité");
            OgcLinks.Write(json, scope.BaseUrl + "/conformance", "http://www.opengis.net/def/rel/ogc/1.0/conformance", OgcMediaTypes.Json, "Classes de conformité");
            OgcLinks.Write(json, scope.BaseUrl + "/collections", "data", OgcMediaTypes.Json, "Collections");
            OgcLinks.Write(json, scope.BaseUrl + "/collections", "http://www.opengis.net/def/rel/ogc/1.0/data", OgcMediaTypes.Json, "Collections");
            json.WriteEndArray();
            json.WriteEndObject();
            return Task.CompletedTask;
        });
    }

    private static IResult Conformance(HttpContext http) =>
        new OgcJsonResult(OgcMediaTypes.Json, OgcScope.EntityTagOf(http, "conformance"), null, (json, _) =>
        {
            json.WriteStartObject();
            json.WriteStartArray("conformsTo");
            foreach (var conformance in OgcConformance.Classes)
            {
                json.WriteStringValue(conformance);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            return Task.CompletedTask;
        });

    private static async Task<IResult> Collections(HttpContext http, LayerStore store)
    {
        var scope = OgcScope.Of(http);
        var layers = await store.ListAsync(scope.TerritoryCode, http.RequestAborted);
        var versions = string.Join(',', layers.Select(l => l.Id.ToString(CultureInfo.InvariantCulture) + ":" + l.Version.ToString(CultureInfo.InvariantCulture)));
        return new OgcJsonResult(OgcMediaTypes.Json, OgcScope.EntityTagOf(http, versions), null, (json, _) =>
        {
            json.WriteStartObject();
            json.WriteStartArray("links");
            OgcLinks.Write(json, scope.BaseUrl + "/collections", "self", OgcMediaTypes.Json, "Collections");
            json.WriteEndArray();
            json.WriteStartArray("collections");
            foreach (var layer in layers)
            {
                WriteCollection(json, scope, layer);
            }

            json.WriteEndArray();
            json.WriteStartArray("crs");
            foreach (var crs in OgcCrs.Supported)
            {
                json.WriteStringValue(crs.Uri);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            return Task.CompletedTask;
        });
    }

    private static async Task<IResult> Collection(HttpContext http, LayerStore store, string collectionId)
    {
        var scope = OgcScope.Of(http);
        var layer = await FindAsync(store, scope, collectionId, http.RequestAborted);
        if (layer is null)
        {
            return OgcProblems.CollectionNotFound(collectionId);
        }

        return new OgcJsonResult(OgcMediaTypes.Json, OgcScope.EntityTagOf(http, VersionOf(layer)), null, (json, _) =>
        {
            WriteCollection(json, scope, layer);
            return Task.CompletedTask;
        });
    }

    private static async Task<IResult> Items(HttpContext http, LayerStore store, string collectionId)
    {
        var scope = OgcScope.Of(http);
        var layer = await FindAsync(store, scope, collectionId, http.RequestAborted);
        if (layer is null)
        {
            return OgcProblems.CollectionNotFound(collectionId);
        }

        var request = OgcItemsRequest.Parse(http.Request.Query, layer, out var error);
        if (request is null)
        {
            return OgcProblems.BadRequest(error!);
        }

        var tag = OgcScope.EntityTagOf(http, VersionOf(layer));
        return new OgcJsonResult(OgcMediaTypes.GeoJson, tag, request.Crs.HeaderValue, async (json, context) =>
        {
            var page = await store.QueryAsync(
                layer, new LayerQuery(request.BoundingBox, request.Offset, request.Limit, Count: true, request.Filters), context.RequestAborted);
            var itemsUrl = scope.CollectionUrl(layer.Key) + "/items";
            var query = context.Request.Query;
            json.WriteStartObject();
            json.WriteString("type", "FeatureCollection");
            if (page.NumberMatched is { } matched)
            {
                json.WriteNumber("numberMatched", matched);
            }

            json.WriteNumber("numberReturned", page.Features.Count);
            json.WriteStartArray("links");
            OgcLinks.Write(json, OgcLinks.WithOffset(itemsUrl, query, request.Offset, request.Limit), "self", OgcMediaTypes.GeoJson, "Cette page");
            OgcLinks.Write(json, scope.CollectionUrl(layer.Key), "collection", OgcMediaTypes.Json, layer.Title);
            if (page.Features.Count == request.Limit && (page.NumberMatched is null || request.Offset + request.Limit < page.NumberMatched))
            {
                OgcLinks.Write(json, OgcLinks.WithOffset(itemsUrl, query, request.Offset + request.Limit, request.Limit), "next", OgcMediaTypes.GeoJson, "Page suivante");
            }

            if (request.Offset > 0)
            {
                OgcLinks.Write(json, OgcLinks.WithOffset(itemsUrl, query, Math.Max(0, request.Offset - request.Limit), request.Limit), "prev", OgcMediaTypes.GeoJson, "Page précédente");
            }

            json.WriteEndArray();
            json.WriteStartArray("features");
            for (var i = 0; i < page.Features.Count; i++)
            {
                WriteFeature(json, page.Features[i], request.Crs);
                if (i % 256 == 255)
                {
                    await json.FlushAsync(context.RequestAborted);
                    await context.Response.BodyWriter.FlushAsync(context.RequestAborted);
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static async Task<IResult> Item(HttpContext http, LayerStore store, string collectionId, string featureId)
    {
        var scope = OgcScope.Of(http);
        var layer = await FindAsync(store, scope, collectionId, http.RequestAborted);
        if (layer is null)
        {
            return OgcProblems.CollectionNotFound(collectionId);
        }

        OgcCrs crs = OgcCrs.Crs84;
        foreach (var (name, values) in http.Request.Query)
        {
            if (name == "crs")
            {
                crs = OgcCrs.Parse(values) ?? null!;
                if (crs is null)
                {
                    return OgcProblems.BadRequest($"Système de coordonnées « {values} » non proposé. Valeurs acceptées : {string.Join(", ", OgcCrs.Supported.Select(c => c.Uri))}.");
                }
            }
            else if (name != "f" || values.ToString() is not ("json" or "geojson"))
            {
                return OgcProblems.BadRequest($"Paramètre « {name}={values} » non accepté ici : crs et f=json seulement.");
            }
        }

        if (!long.TryParse(featureId, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return OgcProblems.FeatureNotFound(collectionId, featureId);
        }

        var feature = await store.FindFeatureAsync(layer, id, http.RequestAborted);
        if (feature is null)
        {
            return OgcProblems.FeatureNotFound(collectionId, featureId);
        }

        return new OgcJsonResult(OgcMediaTypes.GeoJson, OgcScope.EntityTagOf(http, VersionOf(layer)), crs.HeaderValue, (json, _) =>
        {
            var self = scope.CollectionUrl(layer.Key) + "/items/" + featureId;
            WriteFeature(json, feature, crs, self, scope.CollectionUrl(layer.Key));
            return Task.CompletedTask;
        });
    }

    private static async Task<LayerInfo?> FindAsync(LayerStore store, OgcScope scope, string collectionId, CancellationToken cancellationToken)
    {
        if (!LayerKey.TryParseCollectionId(collectionId, out var key) || !scope.Contains(key))
        {
            return null;
        }

        return await store.FindAsync(key, cancellationToken);
    }

    private static string VersionOf(LayerInfo layer) =>
        layer.Id.ToString(CultureInfo.InvariantCulture) + ":" + layer.Version.ToString(CultureInfo.InvariantCulture);

    private static void WriteFeature(Utf8JsonWriter json, StoredFeature feature, OgcCrs crs, string? self = null, string? collection = null)
    {
        json.WriteStartObject();
        json.WriteString("type", "Feature");
        json.WriteNumber("id", feature.Id);
        json.WritePropertyName("geometry");
        OgcGeometryWriter.Write(json, feature.Geometry, crs);
        json.WritePropertyName("properties");
        json.WriteRawValue(feature.PropertiesJson, skipInputValidation: true);
        if (self is not null)
        {
            json.WriteStartArray("links");
            OgcLinks.Write(json, self, "self", OgcMediaTypes.GeoJson, "Cet objet");
            OgcLinks.Write(json, collection!, "collection", OgcMediaTypes.Json, "La collection");
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteCollection(Utf8JsonWriter json, OgcScope scope, LayerInfo layer)
    {
        var url = scope.CollectionUrl(layer.Key);
        json.WriteStartObject();
        json.WriteString("id", layer.Key.CollectionId);
        json.WriteString("title", layer.Title);
        json.WriteString("description", string.Create(CultureInfo.InvariantCulture,
            $"Couche du jeu de données « {layer.Key.DatasetId} » du territoire {layer.Key.TerritoryCode} : {layer.FeatureCount} objets, version {layer.Version}."));
        json.WriteString("itemType", "feature");
        json.WriteStartArray("links");
        OgcLinks.Write(json, url, "self", OgcMediaTypes.Json, layer.Title);
        OgcLinks.Write(json, url + "/items", "items", OgcMediaTypes.GeoJson, "Objets (GeoJSON)");
        OgcLinks.Write(json, url + "/tiles", "http://www.opengis.net/def/rel/ogc/1.0/tilesets-vector", OgcMediaTypes.Json, "Tuiles vectorielles");
        json.WriteEndArray();
        if (layer.Extent is { } extent)
        {
            json.WriteStartObject("extent");
            json.WriteStartObject("spatial");
            json.WriteStartArray("bbox");
            json.WriteStartArray();
            json.WriteNumberValue(Math.Round(extent.MinX, 7));
            json.WriteNumberValue(Math.Round(extent.MinY, 7));
            json.WriteNumberValue(Math.Round(extent.MaxX, 7));
            json.WriteNumberValue(Math.Round(extent.MaxY, 7));
            json.WriteEndArray();
            json.WriteEndArray();
            json.WriteString("crs", OgcCrs.Crs84.Uri);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteStartArray("crs");
        foreach (var crs in OgcCrs.Supported)
        {
            json.WriteStringValue(crs.Uri);
        }

        json.WriteEndArray();
        json.WriteString("storageCrs", OgcCrs.Crs84.Uri);
        json.WriteEndObject();
    }
}
