using CoeurDeVille.Core.Downloads;
using CoeurDeVille.Extraction.Readers;
using CoeurDeVille.Extraction.Records;
using CoeurDeVille.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using NetTopologySuite.Geometries;
using Xunit;

namespace CoeurDeVille.Extraction.Tests.Readers;

public sealed class PagedJsonApiSourceTests
{
    // Catnat decrees as the Géorisques v1 envelope carries them (field names from georisques-api.md).
    private static readonly object[] Decrees =
    [
        Decree("INTE0100001A", "Inondations et/ou Coulées de Boue", "2002-09-08"),
        Decree("INTE0200002A", "Sécheresse", "2003-07-01"),
        Decree("INTE0300003A", "Mouvements de terrain", "2003-12-01"),
        Decree("INTE1400004A", "Inondations et/ou Coulées de Boue", "2014-09-29"),
        new Dictionary<string, object?>
        {
            ["code_national_catnat"] = "INTE2000005A",
            ["libelle_risque_jo"] = "Inondations et/ou Coulées de Boue",
            ["date_debut_evt"] = "2020-09-19",
            ["code_insee"] = "30007",
            ["libelle_commune"] = "Alès",
            ["commentaire"] = "clé absente de la première page",
        },
    ];

    [Fact]
    public async Task Walks_the_Georisques_envelope_until_the_last_page()
    {
        using var folder = new TemporaryFolder();
        await using var server = await LocalHttpServer.StartAsync(folder.Path, app => app.MapGet("/api/v1/gaspar/catnat", (HttpRequest request) =>
        {
            var page = int.Parse(request.Query["page"].FirstOrDefault() ?? "1", System.Globalization.CultureInfo.InvariantCulture);
            const int size = 2;
            var totalPages = (Decrees.Length + size - 1) / size;
            var baseUrl = $"{request.Scheme}://{request.Host}{request.Path}?code_insee=30007&page_size={size}";

            // Like some public clients report, the last page may still carry a next link: total_pages must stop us.
            return Results.Json(new
            {
                results = Decrees.Length,
                page,
                total_pages = totalPages,
                data = Decrees.Skip((page - 1) * size).Take(size),
                response_code = 200,
                message = "",
                next = $"{baseUrl}&page={page + 1}",
                previous = page > 1 ? $"{baseUrl}&page={page - 1}" : null,
            });
        }));
        using var http = new HttpClient();
        var options = PagedJsonApiOptions.Georisques(new Uri(server.Url("api/v1/gaspar/catnat?code_insee=30007&page_size=2")));

        using var source = await PagedJsonApiSource.OpenAsync(http, options, TestContext.Current.CancellationToken);
        var records = source.ReadAll(TestContext.Current.CancellationToken).ToList();

        Assert.Equal(["code_national_catnat", "libelle_risque_jo", "date_debut_evt", "code_insee", "libelle_commune"], source.Schema.Columns);
        Assert.False(source.Schema.HasGeometry);
        Assert.Equal(5, records.Count);
        Assert.Equal([1L, 2, 3, 4, 5], records.Select(r => r.Line));
        Assert.Equal("Sécheresse", records[1].Values[1]);
        Assert.Equal("30007", records[4].Values[3]);
        Assert.Equal(3, source.PagesRead);
        Assert.Equal(0, server.RequestCount("/api/v1/gaspar/catnat") - 3);
        Assert.Equal(1, source.IgnoredFields["commentaire"]);
        Assert.True(source.Position > 0);
    }

    [Fact]
    public async Task Counts_pages_with_a_parameter_until_an_empty_page_and_reads_GeoJSON_geometries()
    {
        using var folder = new TemporaryFolder();
        await using var server = await LocalHttpServer.StartAsync(folder.Path, app => app.MapGet("/arbres", (int page, string espece) => Results.Json(new
        {
            results = page > 2 ? Array.Empty<object>() :
            [
                new
                {
                    id = page * 10 + 1,
                    espece,
                    mesures = new { hauteur = 12.5, circonference = 140 },
                    tags = new[] { "remarquable", "alignement" },
                    remarquable = page == 1,
                    note = (string?)null,
                    geometry = new { type = "Point", coordinates = new[] { 4.0809 + page, 44.125 } },
                },
            ],
        })));
        using var http = new HttpClient();
        var options = new PagedJsonApiOptions(new Uri(server.Url("arbres?espece=Platanus&page=7"))) { ItemsPath = "results" };

        using var source = await PagedJsonApiSource.OpenAsync(http, options, TestContext.Current.CancellationToken);
        var records = source.ReadAll(TestContext.Current.CancellationToken).ToList();

        Assert.Equal(["id", "espece", "mesures.hauteur", "mesures.circonference", "tags", "remarquable", "note"], source.Schema.Columns);
        Assert.True(source.Schema.HasGeometry);
        Assert.Equal(4326, source.Schema.Srid);
        Assert.Equal(2, records.Count);
        Assert.Equal(["11", "Platanus", "12.5", "140", """["remarquable","alignement"]""", "true", null], records[0].Values);
        Assert.Equal("false", records[1].Values[5]);
        Assert.Equal(new Point(6.0809, 44.125), records[1].Geometry);
        Assert.Equal(4326, records[1].Geometry!.SRID);
        Assert.Equal(3, source.PagesRead);
    }

    [Fact]
    public async Task Follows_relative_links_next_and_builds_points_from_longitude_and_latitude()
    {
        using var folder = new TemporaryFolder();
        await using var server = await LocalHttpServer.StartAsync(folder.Path, app => app.MapGet("/mvt", (string? cursor) => Results.Json(new
        {
            features = new[]
            {
                new { identifiant = cursor ?? "A", region = new { code = "76", nom = "Occitanie" }, longitude = "4.08", latitude = 44.12 },
            },
            links = new { next = cursor is null ? "/mvt?cursor=B" : null },
        })));
        using var http = new HttpClient();
        var options = new PagedJsonApiOptions(new Uri(server.Url("mvt")))
        {
            ItemsPath = "features",
            NextPath = "links.next",
            LongitudeProperty = "longitude",
            LatitudeProperty = "latitude",
        };

        using var source = await PagedJsonApiSource.OpenAsync(http, options, TestContext.Current.CancellationToken);
        var records = source.ReadAll(TestContext.Current.CancellationToken).ToList();

        Assert.Equal(["identifiant", "region.code", "region.nom", "longitude", "latitude"], source.Schema.Columns);
        Assert.Equal(["A", "B"], records.Select(r => r.Values[0]));
        Assert.Equal(new Point(4.08, 44.12), records[1].Geometry);
    }

    [Fact]
    public async Task A_bare_object_answer_is_one_item()
    {
        using var folder = new TemporaryFolder();
        await using var server = await LocalHttpServer.StartAsync(folder.Path, app => app.MapGet("/api/v1/rga", () => Results.Json(new { codeExposition = "2", exposition = "Exposition moyenne" })));
        using var http = new HttpClient();

        using var source = await PagedJsonApiSource.OpenAsync(http, PagedJsonApiOptions.Georisques(new Uri(server.Url("api/v1/rga?latlon=4.08,44.12"))), TestContext.Current.CancellationToken);

        Assert.Equal(["2", "Exposition moyenne"], source.ReadAll(TestContext.Current.CancellationToken).Single().Values);
    }

    [Fact]
    public async Task Server_errors_are_unreachable_sources_at_open_and_while_paging()
    {
        using var folder = new TemporaryFolder();
        await using var server = await LocalHttpServer.StartAsync(folder.Path, app =>
        {
            app.MapGet("/panne", () => Results.StatusCode(500));
            app.MapGet("/fragile", (int page) => page == 1
                ? Results.Json(new { data = new[] { new { a = 1 } } })
                : Results.StatusCode(503));
        });
        using var http = new HttpClient();

        var atOpen = await Assert.ThrowsAsync<SourceUnreachableException>(() =>
            PagedJsonApiSource.OpenAsync(http, new PagedJsonApiOptions(new Uri(server.Url("panne"))), TestContext.Current.CancellationToken));
        Assert.Contains("a répondu 500", atOpen.Message, StringComparison.Ordinal);
        Assert.Contains("/panne?page=1", atOpen.Message, StringComparison.Ordinal);

        using var source = await PagedJsonApiSource.OpenAsync(http, new PagedJsonApiOptions(new Uri(server.Url("fragile"))), TestContext.Current.CancellationToken);
        var whilePaging = Assert.Throws<SourceUnreachableException>(() => source.ReadAll(TestContext.Current.CancellationToken).ToList());
        Assert.Contains("/fragile?page=2", whilePaging.Message, StringComparison.Ordinal);
        Assert.Contains("a répondu 503", whilePaging.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_closed_port_is_an_unreachable_source()
    {
        using var folder = new TemporaryFolder();
        string url;
        await using (var server = await LocalHttpServer.StartAsync(folder.Path))
        {
            url = server.Url("api/v1/gaspar/risques?code_insee=30007");
        }

        using var http = new HttpClient();
        var error = await Assert.ThrowsAsync<SourceUnreachableException>(() =>
            PagedJsonApiSource.OpenAsync(http, PagedJsonApiOptions.Georisques(new Uri(url)), TestContext.Current.CancellationToken));

        Assert.Contains("est injoignable : connexion impossible", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_json_names_the_page_url_and_line()
    {
        using var folder = new TemporaryFolder();
        await using var server = await LocalHttpServer.StartAsync(folder.Path, app =>
            app.MapGet("/casse", () => Results.Text("{\"data\": [\n{\"a\": 1},\n{\"a\": ", "application/json")));
        using var http = new HttpClient();

        var error = await Assert.ThrowsAsync<SourceFormatException>(() =>
            PagedJsonApiSource.OpenAsync(http, new PagedJsonApiOptions(new Uri(server.Url("casse"))) { NextPath = "next" }, TestContext.Current.CancellationToken));

        Assert.Equal(server.Url("casse"), error.File);
        Assert.Equal(3, error.Line);
        Assert.Contains("réponse JSON invalide", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Endless_paging_stops_at_the_page_guard()
    {
        using var folder = new TemporaryFolder();
        await using var server = await LocalHttpServer.StartAsync(folder.Path, app =>
            app.MapGet("/sans-fin", (int page) => Results.Json(new { data = new[] { new { page } } })));
        using var http = new HttpClient();
        var options = new PagedJsonApiOptions(new Uri(server.Url("sans-fin"))) { MaxPages = 5 };

        using var source = await PagedJsonApiSource.OpenAsync(http, options, TestContext.Current.CancellationToken);
        var error = Assert.Throws<SourceFormatException>(() => source.ReadAll(TestContext.Current.CancellationToken).ToList());

        Assert.Contains("plus de 5 pages", error.Message, StringComparison.Ordinal);
        Assert.Equal(5, source.PagesRead);
    }

    private static Dictionary<string, object?> Decree(string code, string label, string start) => new()
    {
        ["code_national_catnat"] = code,
        ["libelle_risque_jo"] = label,
        ["date_debut_evt"] = start,
        ["code_insee"] = "30007",
        ["libelle_commune"] = "Alès",
    };
}
