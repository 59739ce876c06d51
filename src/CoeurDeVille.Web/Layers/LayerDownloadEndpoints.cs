using System.Globalization;
using System.Text.Json;
using CoeurDeVille.Core.Configuration;
using CoeurDeVille.Extraction.Records;
using CoeurDeVille.Extraction.Writers;
using CoeurDeVille.Storage.Layers;
using CoeurDeVille.Web.Ogc;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

using CoeurDeVille.Web.Catalogue;

namespace CoeurDeVille.Web.Layers;

/// <summary>
/// A layer's downloads (<c>…/couches/{datasetId}/telechargement?format=csv|geojson|gpkg|xlsx|parquet</c>, written by the
/// extraction writers once per layer version and kept in the data folder) and its table preview
/// (<c>…/apercu?tri=&amp;ordre=&amp;filtre=&amp;page=</c>, 50 rows, sorted and filtered by the database).
/// </summary>
public static class LayerDownloadEndpoints
{
    public const int PreviewPageSize = 50;

    public static IEndpointRouteBuilder MapLayerDownloads(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapGroup("/api/v1/territoires/{code}/couches").WithTags("Couches").AddEndpointFilter<TerritoryCodeFilter>();
        group.MapGet("/{datasetId}/telechargement", DownloadAsync).WithSummary("Télécharger une couche (CSV, GeoJSON, GeoPackage, XLSX, Parquet)");
        group.MapGet("/{datasetId}/apercu", PreviewAsync).WithSummary("Aperçu d'une couche en table : tri, filtre, pages de 50 lignes");
        return app;
    }

    private static async Task<IResult> DownloadAsync(
        HttpContext http, LayerStore store, CdvSettings settings, string code, string datasetId, string? format)
    {
        var chosen = LayerDownloadFormat.Find(format ?? "csv");
        if (chosen is null)
        {
            return OgcProblems.BadRequest($"Format « {format} » non proposé. Formats : {string.Join(", ", LayerDownloadFormat.All.Select(f => f.Name))}.");
        }

        var layer = await store.FindAsync(new LayerKey(code, datasetId), http.RequestAborted);
        if (layer is null)
        {
            return OgcProblems.LayerNotFound(code, datasetId);
        }

        var extension = RecordWriterFactory.ExtensionOf(chosen.Format);
        var folder = Path.Combine(settings.DataFolder, "couches");
        Directory.CreateDirectory(folder);
        // Named by key, version and import time: unique even when several databases share a data folder.
        var stem = string.Concat(layer.Key.CollectionId.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_'));
        var path = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"{stem}-v{layer.Version}-{layer.UpdatedAt.UtcTicks}{extension}"));
        if (!File.Exists(path))
        {
            await WriteAsync(store, layer, chosen.Format, path, http.RequestAborted);
        }

        var name = layer.Key.CollectionId + extension;
        return TypedResults.PhysicalFile(path, chosen.MediaType, name, lastModified: layer.UpdatedAt,
            entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue(string.Create(CultureInfo.InvariantCulture, $"\"d{layer.Id}-{layer.Version}-{chosen.Name}\"")));
    }

    private static async Task WriteAsync(LayerStore store, LayerInfo layer, OutputFormat format, string path, CancellationToken cancellationToken)
    {
        var schema = new SourceSchema(layer.Columns.Select(c => c.Name).ToArray(), layer.Extent is not null, 4326);
        using var writer = RecordWriterFactory.Create(format, new WriterOptions(path, schema, 4326, LayerName: layer.Key.DatasetId));
        await foreach (var feature in store.ReadAllAsync(layer, cancellationToken))
        {
            writer.Write(new SourceRecord(LayerProperties.ToValues(layer.Columns, feature.PropertiesJson), feature.Geometry, feature.Id));
        }

        writer.Complete();
    }

    private static async Task<IResult> PreviewAsync(
        HttpContext http, LayerStore store, string code, string datasetId, string? tri, string? ordre, string? filtre, string? page)
    {
        var layer = await store.FindAsync(new LayerKey(code, datasetId), http.RequestAborted);
        if (layer is null)
        {
            return OgcProblems.LayerNotFound(code, datasetId);
        }

        if (ordre is not (null or "asc" or "desc"))
        {
            return OgcProblems.BadRequest($"ordre « {ordre} » invalide : asc ou desc.");
        }

        if (tri is not null && !layer.Columns.Any(c => c.Name == tri))
        {
            return OgcProblems.BadRequest($"Colonne de tri « {tri} » inconnue. Colonnes : {string.Join(", ", layer.Columns.Select(c => c.Name))}.");
        }

        var number = 1;
        if (page is not null && (!int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out number) || number < 1))
        {
            return OgcProblems.BadRequest($"page « {page} » invalide : attendu un entier à partir de 1.");
        }

        var result = await store.PreviewAsync(layer,
            new LayerPreviewRequest(tri, ordre == "desc", string.IsNullOrWhiteSpace(filtre) ? null : filtre.Trim(), (number - 1L) * PreviewPageSize, PreviewPageSize),
            http.RequestAborted);
        return new OgcJsonResult(OgcMediaTypes.Json, OgcScope.EntityTagOf(http, layer.Id + ":" + layer.Version), null, (json, _) =>
        {
            json.WriteStartObject();
            json.WriteString("couche", layer.Key.CollectionId);
            json.WriteString("titre", layer.Title);
            json.WriteStartArray("colonnes");
            foreach (var column in layer.Columns)
            {
                json.WriteStartObject();
                json.WriteString("nom", column.Name);
                json.WriteString("type", column.Type switch
                {
                    LayerColumnType.Integer => "entier",
                    LayerColumnType.Number => "nombre",
                    _ => "texte",
                });
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteNumber("total", result.NumberMatched ?? 0);
            json.WriteNumber("page", number);
            json.WriteNumber("taillePage", PreviewPageSize);
            json.WriteStartArray("lignes");
            foreach (var feature in result.Features)
            {
                json.WriteStartObject();
                json.WriteNumber("id", feature.Id);
                json.WritePropertyName("valeurs");
                json.WriteRawValue(feature.PropertiesJson, skipInputValidation: true);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            return Task.CompletedTask;
        });
    }
}
