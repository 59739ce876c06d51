using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using CoeurDeVille.Storage.Trees.Community;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CoeurDeVille.Web.Tests.Trees.Community;

public abstract partial class TreeCommunityWebTests
{
    [Fact]
    public Task The_main_map_draws_accepted_proposals_only_as_a_layer_with_its_legend() => RunAsync(async c =>
    {
        var store = c.App.Services.GetRequiredService<TreeCommunityStore>();
        var tree = (await c.App.Services.GetRequiredService<CoeurDeVille.Storage.Trees.TreeStore>().ListAsync(TwoTerritories.A, Cancel))[0];
        async Task<PlantingProposal> ProposeAsync(string reason, double shift) => await store.AddProposalAsync(new PlantingProposal
        {
            TerritoryCode = TwoTerritories.A, Latitude = tree.Latitude + shift, Longitude = tree.Longitude, Reason = reason, SuggestedSpecies = reason,
        }, cancellationToken: Cancel);
        var accepted = await ProposeAsync("acceptée", 0.0004);
        var rejected = await ProposeAsync("refusée", 0.0005);
        var pending = await ProposeAsync("en attente", 0.0006);

        // Decided through the moderation page as an agent does it.
        using var agent = await SignInAsync(c.App, AgentEmail);
        foreach (var (proposal, decision) in new[] { (accepted, "accepter"), (rejected, "refuser") })
        {
            using var answer = await agent.PostFormAsync(Moderation() + "?handler=proposition",
                [new("id", proposal.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("decision", decision)], Cancel, tokenPage: Moderation());
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        }

        // What the map page loads: the address in its data-propositions attribute, and the legend entry.
        var page = WebUtility.HtmlDecode(await c.App.Client.GetStringAsync($"territoires/{TwoTerritories.A}/arbres", Cancel));
        var source = Regex.Match(page, "data-propositions=\"([^\"]+)\"").Groups[1].Value;
        Assert.Equal($"/territoires/{TwoTerritories.A}/arbres/propositions.geojson", source);
        Assert.Contains("plantation proposée par les habitants et acceptée", page, StringComparison.Ordinal);
        Assert.Contains("map.addLayer({ id: 'propositions', type: 'circle', source: 'propositions'", page, StringComparison.Ordinal);

        using var geojson = JsonDocument.Parse(await c.App.Client.GetStringAsync(source.TrimStart('/'), Cancel));
        var features = geojson.RootElement.GetProperty("features").EnumerateArray().ToList();
        var feature = Assert.Single(features);
        Assert.Equal(accepted.Id, feature.GetProperty("id").GetInt64());
        Assert.Equal(Math.Round(accepted.Latitude, 6), Math.Round(feature.GetProperty("geometry").GetProperty("coordinates")[1].GetDouble(), 6));
        Assert.DoesNotContain(features, f => f.GetProperty("id").GetInt64() == rejected.Id || f.GetProperty("id").GetInt64() == pending.Id);

        // The other territory's map loads none of them.
        var other = WebUtility.HtmlDecode(await c.App.Client.GetStringAsync($"territoires/{TwoTerritories.B}/arbres", Cancel));
        var otherSource = Regex.Match(other, "data-propositions=\"([^\"]+)\"").Groups[1].Value;
        Assert.Contains("\"features\":[]", await c.App.Client.GetStringAsync(otherSource.TrimStart('/'), Cancel), StringComparison.Ordinal);
    });
}
