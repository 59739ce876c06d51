using CoeurDeVille.Web.Hosting.CpuGate;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CoeurDeVille.Web.Tests.Hosting;

/// <summary>Which endpoints of the real host go through the CPU gate: the short reads, never a download.</summary>
public sealed class CpuGateEndpointsTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OGC_tiles_and_the_main_pages_are_gated_and_downloads_are_not()
    {
        await using var database = SqliteWebTestDatabase.Create();
        await using var app = await RunningWebApp.StartAsync(database, Cancel);
        var gated = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => ("/" + e.RoutePattern.RawText?.TrimStart('/'), e.Metadata.GetMetadata<CpuGateAttribute>() is not null))
            .ToList();

        string[] mustBeGated =
        [
            "/ogc/collections/{collectionId}/items", "/territoires/{code}/ogc/collections/{collectionId}/items",
            "/ogc/collections", "/ogc/collections/{collectionId}/tiles/WebMercatorQuad/{z:int}/{y:int}/{x:int}",
            "/tuiles/{collectionId}/{z:int}/{x:int}/{y:int}.mvt", "/territoires/{code}/jeux-de-donnees/{id}",
        ];
        foreach (var pattern in mustBeGated)
        {
            Assert.Contains((pattern, true), gated);
        }

        var downloads = gated.Where(g => g.Item1.Contains("telechargement", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(downloads);
        Assert.All(downloads, d => Assert.False(d.Item2, d.Item1));
    }
}
