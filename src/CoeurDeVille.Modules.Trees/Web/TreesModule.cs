using System.Text;
using CoeurDeVille.Modules.Trees.Community;
using CoeurDeVille.Modules.Trees.Dashboard;
using CoeurDeVille.Modules.Trees.Export;
using CoeurDeVille.Modules.Trees.Inventory;
using CoeurDeVille.Modules.Trees.Publication;
using CoeurDeVille.Storage.Trees;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoeurDeVille.Modules.Trees.Web;

/// <summary>
/// The Trees module in the web host: its services, its pages (map, tree, dashboard under
/// <c>/territoires/{code}/arbres</c>) and the schema-arbre CSV download. One call each in the host.
/// </summary>
public static class TreesModule
{
    public static WebApplicationBuilder AddTreesModule(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton(new TreePublicationOptions(builder.Configuration["Cdv:BaseUri"]));
        builder.Services.TryAddSingleton<TreeStore>();
        builder.Services.TryAddSingleton<TreeInventoryPublisher>();
        builder.Services.TryAddSingleton<TreeInventoryCache>();
        builder.Services.AddTreeCommunity();
        builder.Services.AddRazorPages().AddApplicationPart(typeof(TreesModule).Assembly);
        return builder;
    }

    public static WebApplication MapTreesModule(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/territoires/{code}/arbres/arbres.csv", CsvAsync)
            .WithTags("Arbres").WithSummary("Arbres en place du territoire au format schema-arbre (CSV, « ; », UTF-8 avec BOM)");
        CommunityEndpoints.Map(app);
        return app;
    }

    private static async Task<IResult> CsvAsync(HttpContext http, TreeStore store, string code)
    {
        var trees = await store.ListAsync(code, http.RequestAborted);
        if (trees.Count == 0)
        {
            return TypedResults.Problem(title: "Inventaire introuvable", detail: $"Aucun arbre enregistré pour le territoire {code}.", statusCode: StatusCodes.Status404NotFound);
        }

        // Written in memory first (Kestrel forbids synchronous writes; the writer is synchronous): about 150 bytes a tree.
        var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16, leaveOpen: true))
        {
            SchemaArbreCsvWriter.WriteTo(writer, trees.Where(t => !t.Removed).Select(StoredTrees.ToRecord));
        }

        return TypedResults.File(buffer.ToArray(), "text/csv; charset=utf-8", $"arbres-{code}.csv");
    }
}
