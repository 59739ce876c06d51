using System.Globalization;
using System.Text;
using CoeurDeVille.Storage.HostedTerritories;
using CoeurDeVille.Storage.Trees.Community;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoeurDeVille.Modules.Trees.Community;

/// <summary>The community's non-HTML answers: the activity feed in Atom and the accepted planting proposals in GeoJSON.</summary>
public static class CommunityEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/territoires/{code}/arbres/activite.atom", async (HttpContext http, ActivityFeed feed, TimeProvider time, HostedTerritoryStore hosted, string code) =>
        {
            if (await hosted.FindAsync(code, http.RequestAborted) is null)
            {
                return NotHosted(code);
            }

            var items = await feed.LatestAsync(code, cancellationToken: http.RequestAborted);
            var origin = new Uri($"{http.Request.Scheme}://{http.Request.Host}/");
            return (IResult)TypedResults.Bytes(ActivityAtom.Write(code, origin, items, time.GetUtcNow()), "application/atom+xml; charset=utf-8");
        }).WithTags("Arbres").WithSummary("Activité publique de la communauté des arbres (Atom)");

        app.MapGet("/territoires/{code}/arbres/propositions.geojson", async (HttpContext http, TreeCommunityStore store, HostedTerritoryStore hosted, string code) =>
        {
            if (await hosted.FindAsync(code, http.RequestAborted) is null)
            {
                return NotHosted(code);
            }

            var accepted = await store.ProposalsAsync(code, PlantingProposalStatus.Accepted, cancellationToken: http.RequestAborted);
            var json = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
            for (var i = 0; i < accepted.Count; i++)
            {
                var p = accepted[i];
                json.Append(i == 0 ? "" : ",").Append(CultureInfo.InvariantCulture,
                    $"{{\"type\":\"Feature\",\"id\":{p.Id},\"geometry\":{{\"type\":\"Point\",\"coordinates\":[{p.Longitude:R},{p.Latitude:R}]}},\"properties\":{{\"essence\":{System.Text.Json.JsonSerializer.Serialize(p.SuggestedSpecies)},\"raison\":{System.Text.Json.JsonSerializer.Serialize(p.Reason)}}}}}");
            }

            return (IResult)TypedResults.Text(json.Append("]}").ToString(), "application/geo+json; charset=utf-8");
        }).WithTags("Arbres").WithSummary("Plantations proposées par les habitants et acceptées (GeoJSON)");
    }

    // The community lives on hosted territories only: any other code (unknown, hostile) is not found, not an empty feed.
    private static IResult NotHosted(string code) => TypedResults.Problem(
        title: "Territoire introuvable", detail: $"Aucun territoire hébergé ne porte le code « {code} ».", statusCode: StatusCodes.Status404NotFound);
}
