using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Xunit;

namespace CoeurDeVille.Web.Tests.Hosting;

/// <summary>Error answers without a body get French text: a page for a browser, problem details otherwise.</summary>
public sealed class FrenchStatusPagesTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_bare_404_reads_in_French_for_a_browser_and_for_a_program(bool postgres)
    {
        await using WebTestDatabase database = postgres ? PostgreSqlWebTestDatabase.Create() : SqliteWebTestDatabase.Create();
        await database.SeedAsync([TwoTerritories.InventoryA()], Cancel);
        await using var app = await RunningWebApp.StartAsync(database, Cancel);

        // A module page of a territory that has no tree inventory returns a bare NotFound().
        using var page = new HttpRequestMessage(HttpMethod.Get, $"territoires/{TwoTerritories.A}/arbres");
        page.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        using var pageResponse = await app.Client.SendAsync(page, Cancel);
        var html = await pageResponse.Content.ReadAsStringAsync(Cancel);
        Assert.Equal(HttpStatusCode.NotFound, pageResponse.StatusCode);
        Assert.Equal("text/html", pageResponse.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"fr\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Page introuvable</h1>", html, StringComparison.Ordinal);

        using var apiResponse = await app.Client.GetAsync($"territoires/{TwoTerritories.A}/arbres", Cancel);
        Assert.Equal(HttpStatusCode.NotFound, apiResponse.StatusCode);
        Assert.Equal("application/problem+json", apiResponse.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await apiResponse.Content.ReadAsStringAsync(Cancel));
        Assert.Equal("Page introuvable", problem.RootElement.GetProperty("title").GetString());
        Assert.Equal(404, problem.RootElement.GetProperty("status").GetInt32());
    }
}
