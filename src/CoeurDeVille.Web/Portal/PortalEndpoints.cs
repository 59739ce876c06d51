using System.Text.Json;
using CoeurDeVille.Core.Catalogue;
using CoeurDeVille.Web.Catalogue;
using Microsoft.AspNetCore.Http.HttpResults;
using NetTopologySuite.Features;
using NetTopologySuite.IO.Converters;

namespace CoeurDeVille.Web.Portal;

/// <summary>
/// Registration of the portal pages (home, territory, dataset, inventory dashboard): their services
/// (<see cref="AddPortal"/>) and the files they link to (<see cref="MapPortal"/>): the territory contour as GeoJSON
/// and the inventory exports in the national catalogue schemas (CSV files and XLSX workbook).
/// </summary>
public static class PortalEndpoints
{
    private static readonly JsonSerializerOptions GeoJson = new() { Converters = { new GeoJsonConverterFactory() } };

    public static WebApplicationBuilder AddPortal(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(builder.Configuration.GetSection("Cdv:Carte").Get<CdvMapOptions>() ?? new CdvMapOptions());
        builder.Services.AddSingleton<TerritoryNames>();
        builder.Services.AddSingleton<PortalReader>();
        return builder;
    }

    public static IEndpointRouteBuilder MapPortal(this IEndpointRouteBuilder app)
    {
        app.MapGet("/territoires/{code}/contour.geojson", ContourAsync)
            .WithTags("Territoires")
            .WithName("ContourTerritoire")
            .WithSummary("Contour du territoire en GeoJSON (WGS84), quand la base le contient.")
            .Produces(StatusCodes.Status200OK, contentType: "application/geo+json");
        var export = app.MapGroup("/api/v1/territoires/{code}/inventaire").WithTags("Catalogue");
        export.MapGet("/export.xlsx", (string code, string? schema, string? incomplet, CatalogueReader reader, CancellationToken cancel) => ExportAsync(code, schema, null, incomplet, reader, cancel))
            .WithName("ExporterInventaireXlsx")
            .WithSummary("Inventaire en classeur Excel : feuilles « Catalogue » (schéma national, « etalab » par défaut ou « scdl »), « Complément » et « Ressources » ; avec incomplet=oui, exporté même s'il manque des valeurs obligatoires, listées dans une feuille « À compléter ».");
        export.MapGet("/export.csv", (string code, string? schema, string? fichier, string? incomplet, CatalogueReader reader, CancellationToken cancel) => ExportAsync(code, schema, fichier ?? "catalogue", incomplet, reader, cancel))
            .WithName("ExporterInventaireCsv")
            .WithSummary("Inventaire en CSV (UTF-8) : « fichier » = catalogue (schéma national, par défaut), complement ou ressources ; avec incomplet=oui, exporté même s'il manque des valeurs obligatoires, et fichier=a-completer donne leur liste.");
        return app;
    }

    private static async Task<IResult> ContourAsync(string code, PortalReader reader, CancellationToken cancellationToken)
    {
        if (!CatalogueIdentifiers.IsTerritoryCode(code))
        {
            return CatalogueProblems.InvalidTerritory();
        }

        if (await reader.ContourAsync(code, cancellationToken) is not { } geometry)
        {
            return TypedResults.Problem(title: "Contour introuvable", detail: $"La base ne contient pas le contour du territoire {code}.", statusCode: StatusCodes.Status404NotFound);
        }

        var feature = new Feature(geometry, new AttributesTable { { "code", code } });
        return TypedResults.Text(JsonSerializer.Serialize(feature, GeoJson), "application/geo+json");
    }

    private static async Task<IResult> ExportAsync(string code, string? schemaName, string? csvFile, string? incomplete, CatalogueReader reader, CancellationToken cancellationToken)
    {
        if (!CatalogueIdentifiers.IsTerritoryCode(code))
        {
            return CatalogueProblems.InvalidTerritory();
        }

        CatalogueSchema schema;
        switch (schemaName)
        {
            case null or "" or "etalab": schema = CatalogueSchema.EtalabCatalogueDonnees; break;
            case "scdl": schema = CatalogueSchema.ScdlCatalogueSimplifie; break;
            default: return BadRequest($"Schéma d'export « {schemaName} » inconnu : « etalab » (Catalogue de données) ou « scdl » (Catalogue simplifié).");
        }

        if (incomplete is not (null or "" or "oui" or "non"))
        {
            return BadRequest($"Valeur « {incomplete} » de « incomplet » inconnue : « oui » (exporter quand même, avec la liste à compléter) ou « non ».");
        }

        var lenient = incomplete == "oui";
        if (csvFile is not (null or "catalogue" or "complement" or "ressources") && !(lenient && csvFile == "a-completer"))
        {
            return BadRequest($"Fichier « {csvFile} » inconnu : « catalogue », « complement », « ressources », ou « a-completer » avec incomplet=oui.");
        }

        var inventory = await reader.InventoryAsync(code, cancellationToken);
        if (inventory.Datasets.Count == 0)
        {
            return TypedResults.Problem(title: "Inventaire introuvable", detail: $"Le territoire {code} n'a pas d'inventaire.", statusCode: StatusCodes.Status404NotFound);
        }

        try
        {
            return csvFile is null
                ? await XlsxAsync(inventory, schema, code, lenient, cancellationToken)
                : Csv(inventory, schema, code, csvFile, lenient);
        }
        catch (CatalogueException exception)
        {
            return TypedResults.Problem(title: "Export impossible dans ce schéma", detail: exception.Message + " Pour exporter quand même, avec la liste des valeurs à compléter, ajoutez incomplet=oui.", statusCode: StatusCodes.Status422UnprocessableEntity);
        }
    }

    private static async Task<IResult> XlsxAsync(Inventory inventory, CatalogueSchema schema, string code, bool lenient, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        if (lenient)
        {
            await InventoryXlsx.WriteWithGapsAsync(inventory, schema, buffer, cancellationToken);
        }
        else
        {
            await InventoryXlsx.WriteAsync(inventory, schema, buffer, cancellationToken);
        }

        return TypedResults.File(buffer.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"inventaire-{code}.xlsx");
    }

    private static FileContentHttpResult Csv(Inventory inventory, CatalogueSchema schema, string code, string file, bool lenient)
    {
        // The Core writer works on files: a private temporary folder, read back and deleted.
        var folder = Directory.CreateTempSubdirectory("cdv-export-");
        try
        {
            var files = InventoryCsvFiles.Beside(Path.Combine(folder.FullName, $"inventaire-{code}.csv"));
            var gaps = Path.Combine(folder.FullName, $"inventaire-{code}{InventoryGaps.CsvSuffix}");
            if (lenient)
            {
                InventoryCsv.WriteWithGaps(inventory, schema, files, gaps);
            }
            else
            {
                InventoryCsv.Write(inventory, schema, files);
            }

            var path = file switch { "complement" => files.Companion!, "ressources" => files.Resources!, "a-completer" => gaps, _ => files.Catalogue };
            return TypedResults.File(File.ReadAllBytes(path), "text/csv; charset=utf-8", Path.GetFileName(path));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(title: "Paramètre invalide", detail: detail, statusCode: StatusCodes.Status400BadRequest);
}
