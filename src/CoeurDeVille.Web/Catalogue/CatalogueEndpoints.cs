using CoeurDeVille.Core.Catalogue;
using CoeurDeVille.Core.Catalogue.Dcat;
using CoeurDeVille.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CoeurDeVille.Web.Catalogue;

/// <summary>
/// The catalogue's routes: the REST API under <c>/api/v1/territoires/{code}</c> and the DCAT-AP catalogues at stable
/// URLs (<c>/territoires/{code}/catalogue.jsonld|.ttl</c>, <c>/catalogue.jsonld|.ttl</c> for the whole instance).
/// Every query is filtered by the territory code of the URL, checked against a strict pattern first.
/// </summary>
public static class CatalogueEndpoints
{
    public static IEndpointRouteBuilder MapCatalogue(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/territoires/{code}").WithTags("Catalogue");
        api.MapGet("/jeux-de-donnees", ListDatasets)
            .WithName("ListerJeuxDeDonnees")
            .WithSummary("Jeux de données de l'inventaire d'un territoire, dans leur ordre d'enregistrement.");
        api.MapGet("/jeux-de-donnees/{id}", GetDataset)
            .WithName("LireJeuDeDonnees")
            .WithSummary("Un jeu de données de l'inventaire d'un territoire.");
        api.MapGet("/inventaire/synthese", GetSummary)
            .WithName("SyntheseInventaire")
            .WithSummary("Chiffres de l'inventaire : total, statuts d'ouverture, types de producteurs, thèmes, motifs de blocage.");

        var dcat = app.MapGroup(string.Empty).WithTags("DCAT-AP");
        dcat.MapGet("/territoires/{code}/catalogue.jsonld", (string code, HttpContext http, CatalogueReader reader, CdvWebOptions options) =>
                TerritoryCatalogue(code, http, reader, options, jsonLd: true))
            .WithName("CatalogueTerritoireJsonLd")
            .WithSummary("Catalogue DCAT-AP 3.0.1 d'un territoire en JSON-LD (contexte en ligne) : ses jeux de données ouverts.")
            .Produces(StatusCodes.Status200OK, contentType: CatalogueMediaTypes.JsonLd)
            .ProducesProblem(StatusCodes.Status400BadRequest);
        dcat.MapGet("/territoires/{code}/catalogue.ttl", (string code, HttpContext http, CatalogueReader reader, CdvWebOptions options) =>
                TerritoryCatalogue(code, http, reader, options, jsonLd: false))
            .WithName("CatalogueTerritoireTurtle")
            .WithSummary("Catalogue DCAT-AP 3.0.1 d'un territoire en Turtle : ses jeux de données ouverts.")
            .Produces(StatusCodes.Status200OK, contentType: CatalogueMediaTypes.Turtle)
            .ProducesProblem(StatusCodes.Status400BadRequest);
        dcat.MapGet("/catalogue.jsonld", (HttpContext http, CatalogueReader reader, CdvWebOptions options) =>
                InstanceCatalogue(http, reader, options, jsonLd: true))
            .WithName("CatalogueJsonLd")
            .WithSummary("Catalogue DCAT-AP 3.0.1 de toute l'instance en JSON-LD : les jeux de données ouverts de tous les territoires.")
            .Produces(StatusCodes.Status200OK, contentType: CatalogueMediaTypes.JsonLd);
        dcat.MapGet("/catalogue.ttl", (HttpContext http, CatalogueReader reader, CdvWebOptions options) =>
                InstanceCatalogue(http, reader, options, jsonLd: false))
            .WithName("CatalogueTurtle")
            .WithSummary("Catalogue DCAT-AP 3.0.1 de toute l'instance en Turtle.")
            .Produces(StatusCodes.Status200OK, contentType: CatalogueMediaTypes.Turtle);
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<Dataset>>, ProblemHttpResult>> ListDatasets(
        string code, CatalogueReader reader, CancellationToken cancellationToken)
    {
        if (!CatalogueIdentifiers.IsTerritoryCode(code))
        {
            return CatalogueProblems.InvalidTerritory();
        }

        var inventory = await reader.InventoryAsync(code, cancellationToken);
        return TypedResults.Ok(inventory.Datasets);
    }

    private static async Task<Results<Ok<Dataset>, ProblemHttpResult>> GetDataset(
        string code, string id, CatalogueReader reader, CancellationToken cancellationToken)
    {
        if (!CatalogueIdentifiers.IsTerritoryCode(code))
        {
            return CatalogueProblems.InvalidTerritory();
        }

        if (!CatalogueIdentifiers.IsDatasetId(id))
        {
            return CatalogueProblems.InvalidDatasetId();
        }

        var inventory = await reader.InventoryAsync(code, cancellationToken);
        var dataset = inventory.Datasets.FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.Ordinal));
        return dataset is null ? CatalogueProblems.DatasetNotFound(code, id) : TypedResults.Ok(dataset);
    }

    private static async Task<Results<Ok<InventorySummary>, ProblemHttpResult>> GetSummary(
        string code, CatalogueReader reader, CancellationToken cancellationToken)
    {
        if (!CatalogueIdentifiers.IsTerritoryCode(code))
        {
            return CatalogueProblems.InvalidTerritory();
        }

        var inventory = await reader.InventoryAsync(code, cancellationToken);
        return TypedResults.Ok(inventory.Summary());
    }

    private static async Task<IResult> TerritoryCatalogue(string code, HttpContext http, CatalogueReader reader, CdvWebOptions options, bool jsonLd)
    {
        if (!CatalogueIdentifiers.IsTerritoryCode(code))
        {
            return CatalogueProblems.InvalidTerritory();
        }

        var inventory = await reader.InventoryAsync(code, http.RequestAborted);
        var writer = Writer(http, options, $"Catalogue des données du territoire {code}",
            $"Jeux de données ouverts de l'inventaire du territoire {code}, publiés par {options.Catalogue.PublisherName}.");
        return jsonLd
            ? new TaggedContent(writer.ToJsonLd(inventory), CatalogueMediaTypes.JsonLd)
            : new TaggedContent(writer.ToTurtle(inventory), CatalogueMediaTypes.Turtle);
    }

    private static async Task<IResult> InstanceCatalogue(HttpContext http, CatalogueReader reader, CdvWebOptions options, bool jsonLd)
    {
        var inventories = await reader.AllInventoriesAsync(http.RequestAborted);
        var writer = Writer(http, options, $"Catalogue des données de {options.Catalogue.PublisherName}",
            $"Jeux de données ouverts de tous les territoires publiés par {options.Catalogue.PublisherName}.");
        return jsonLd
            ? new TaggedContent(writer.ToJsonLd(inventories), CatalogueMediaTypes.JsonLd)
            : new TaggedContent(writer.ToTurtle(inventories), CatalogueMediaTypes.Turtle);
    }

    private static DcatCatalogueWriter Writer(HttpContext http, CdvWebOptions options, string title, string description)
    {
        var baseUri = string.IsNullOrWhiteSpace(options.BaseUri)
            ? new Uri($"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}/")
            : new Uri(options.BaseUri);
        return new DcatCatalogueWriter(new DcatCatalogueMetadata(title, description, options.Catalogue.PublisherName, baseUri));
    }
}
