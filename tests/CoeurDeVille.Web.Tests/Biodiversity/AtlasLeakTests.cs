using System.Globalization;
using System.Net;
using System.Text.Json;
using CoeurDeVille.Modules.Biodiversity.Taxonomy;
using CoeurDeVille.TestSupport;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CoeurDeVille.Web.Tests.Biodiversity;

public abstract partial class AtlasTests
{
    /// <summary>
    /// EVERY GET route of the app (pages, API, OGC and tiles, catalogue, layers, extractor, atlas, exports in the four
    /// formats, indicators, autocomplete), with every value a sensitive record could be asked by. Responses are read as
    /// what they publish: zips unzipped (DwC-A's occurrence.txt), GeoPackage points decoded, vector tiles must be empty
    /// (observations are no layer). No response holds a sensitive record's position (compared numerically, WGS 84 and
    /// Lambert-93, as two consecutive numbers) or its 1 km cell (unless a public record shares it), no record pairs a
    /// level ≥ 2 taxon with the commune of its sensitive record, and the hidden taxa appear nowhere they are hidden.
    /// </summary>
    [Fact]
    public Task NoPublicRouteRevealsASensitiveRecord() => RunAsync(async (app, store, folder, cancel) =>
    {
        await ImportAsync(store, folder, cancel);
        var rows = Rows();
        var published = rows.Where(r => !r.Deleted).ToList();
        var shown = published.Where(r => r.Level == 0).ToList();
        string OneKm(Row r) => $"1kmL93E{(int)Math.Floor(r.X / 1_000):0000}N{(int)Math.Floor(r.Y / 1_000):0000}";
        var publicCells = shown.Select(OneKm).ToHashSet();
        // Positions a public record shares are public anyway (the same spot, another taxon).
        var sensitive = rows.Where(r => r.Level > 0 && !shown.Any(p => Math.Abs(p.X - r.X) < 1 && Math.Abs(p.Y - r.Y) < 1)).ToList();
        var cells = sensitive.Select(OneKm).Where(c => !publicCells.Contains(c)).ToHashSet();
        var publicPairs = published.Where(r => r.Level <= 1).Select(r => (r.CdRef.ToString(CultureInfo.InvariantCulture), r.Insee)).ToHashSet();
        var forbiddenPairs = rows.Where(r => r.Level >= 2).Select(r => (r.CdRef.ToString(CultureInfo.InvariantCulture), r.Insee))
            .Where(p => !publicPairs.Contains(p)).ToHashSet();
        Assert.NotEmpty(sensitive);
        Assert.NotEmpty(forbiddenPairs);

        var taxonomy = TaxrefReader.Load(SharedData.PathOf("biodiversity", "taxref", "geonature_dev_bib_noms.tsv"));
        var names = Levels.Keys.Select(k => taxonomy.Find(k)?.LatinName).OfType<string>().Select(n => n[..Math.Min(6, n.Length)]).ToList();
        var communes = sensitive.Select(r => r.Insee).Distinct().ToArray();
        var collections = new List<string> { "observations", "biodiversite", Territory + "-observations", Territory + "-biodiversite" };
        foreach (var list in new[] { "ogc/collections?f=json", $"territoires/{Territory}/ogc/collections?f=json" })
        {
            using var json = JsonDocument.Parse(await app.Client.GetStringAsync(list, cancel));
            collections.AddRange(json.RootElement.GetProperty("collections").EnumerateArray().Select(c => c.GetProperty("id").GetString()!));
        }

        Assert.DoesNotContain(collections.Skip(4), c => c.Contains("observation", StringComparison.OrdinalIgnoreCase));
        var values = new Dictionary<string, string[]>
        {
            ["code"] = [Territory],
            ["territoire"] = [Territory],
            ["insee"] = communes,
            ["cdRef"] = [.. Levels.Keys.Select(k => k.ToString(CultureInfo.InvariantCulture))],
            ["photo"] = [Guid.NewGuid().ToString()],
            ["id"] = ["ecrins", "biodiversite", "observations"],
            ["datasetId"] = ["ecrins", "biodiversite", "observations"],
            ["collectionId"] = [.. collections.Distinct()],
            ["featureId"] = ["1"],
            ["treeId"] = ["1"],
            ["version"] = ["1"],
            ["name"] = ["observations.csv", "ecrins.csv"],
            ["documentName"] = ["v1"],
            ["handler"] = ["donnees"],
        };
        // Tiles that hold sensitive points, zoom 12 and 14 (z, x, y substituted together).
        var tiles = sensitive.Take(5).SelectMany(r => new[] { 12, 14 }.Select(z => Tile(r.Lon, r.Lat, z))).Distinct().ToList();
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>() is not { } methods || methods.HttpMethods.Contains("GET"))
            .Select(e => e.RoutePattern).DistinctBy(p => p.RawText).ToList();
        var unknown = endpoints.SelectMany(p => p.Parameters).Select(p => p.Name)
            .Where(n => !values.ContainsKey(n) && n is not ("z" or "x" or "y")).Distinct().ToList();
        Assert.True(unknown.Count == 0, "Paramètres de route sans valeur dans le test de fuite : " + string.Join(", ", unknown));
        Assert.True(endpoints.Count >= 60, endpoints.Count.ToString(CultureInfo.InvariantCulture));

        string[] atlasQueries =
        [
            "", "?maille=1", "?maille=10", .. names.Select(n => $"?q={Uri.EscapeDataString(n)}&limite=500"), "?q=a&limite=500",
        ];
        string[] exportQueries =
        [
            .. new[] { "dwca", "sinp", "geojson", "gpkg" }.SelectMany(f => new[]
            {
                $"?format={f}", $"?format={f}&commune={communes[0]}", $"?format={f}&taxon={string.Join(',', Levels.Keys)}",
            }),
            "?format=json", "?format=csv", $"?format=json&commune={communes[0]}",
        ];
        string[] ogcQueries = ["", "?f=json", "?limit=10000", "?f=html"];
        var checkedResponses = 0;
        var formats = new HashSet<string>();
        foreach (var pattern in endpoints)
        {
            var raw = pattern.RawText!.TrimStart('/');
            var queries = raw.EndsWith("/export", StringComparison.Ordinal) || raw.EndsWith("/indicateurs", StringComparison.Ordinal) ? exportQueries
                : raw.Contains("atlas", StringComparison.Ordinal) || raw.Contains("biodiversite", StringComparison.Ordinal) ? atlasQueries
                : raw.Contains("ogc", StringComparison.Ordinal) ? ogcQueries : [""];
            foreach (var path in ExpandTiles(raw, tiles).SelectMany(p => Expand(p, values)))
            {
                foreach (var query in queries)
                {
                    using var response = await app.Client.GetAsync(path + query, cancel);
                    var body = await response.Content.ReadAsByteArrayAsync(cancel);
                    Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound or HttpStatusCode.BadRequest or HttpStatusCode.NoContent
                        or HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized, $"{path}{query} : {response.StatusCode}");
                    if (response.Content.Headers.ContentType?.MediaType?.Contains("vector-tile", StringComparison.Ordinal) == true || path.EndsWith(".mvt", StringComparison.Ordinal))
                    {
                        Assert.True(response.StatusCode != HttpStatusCode.OK || body.Length == 0, $"{path} : une tuile non vide là où seules des observations existent.");
                    }

                    var text = PublishedContent.Read(body, folder);
                    formats.Add(body.Length > 2 && body[0] == 'P' ? "zip" : text.Length > 0 && body[0] == 'S' && body.Length > 15 && body[15] == 0 ? "gpkg" : "texte");
                    Assert.True(Leak(text) is null, $"{path}{query} : {Leak(text)}");
                    checkedResponses++;
                }
            }
        }

        Assert.Contains("zip", formats);
        Assert.Contains("gpkg", formats);
        Assert.True(checkedResponses > 200, checkedResponses.ToString(CultureInfo.InvariantCulture));

        string? Leak(string text)
        {
            var numbers = PublishedContent.Numbers(text);
            foreach (var r in sensitive)
            {
                if (PublishedContent.HasPair(numbers, r.Lon, r.Lat, 1e-6) || PublishedContent.HasPair(numbers, r.X, r.Y, 0.5))
                {
                    return $"montre la position ({r.Lon}, {r.Lat}) d'une observation sensible de {r.CdRef}";
                }
            }

            if (cells.FirstOrDefault(c => text.Contains(c, StringComparison.Ordinal)) is { } cell)
            {
                return $"montre la maille de 1 km {cell} d'une observation sensible";
            }

            var pairs = PublishedContent.TaxonCommunes(text).ToList();
            if (pairs.FirstOrDefault(forbiddenPairs.Contains) is { CdRef: not null } pair)
            {
                return $"associe le taxon {pair.CdRef} (sensible) à la commune {pair.Commune}";
            }

            if (Mentions(text, 56503) || pairs.Any(p => p.CdRef == "56503"))
            {
                return "montre le taxon masqué 56503";
            }

            return null;
        }
    });

    private static (int Z, int X, int Y) Tile(double lon, double lat, int z)
    {
        var n = 1 << z;
        var x = (int)Math.Floor((lon + 180) / 360 * n);
        var rad = lat * Math.PI / 180;
        var y = (int)Math.Floor((1 - Math.Log(Math.Tan(rad) + 1 / Math.Cos(rad)) / Math.PI) / 2 * n);
        return (z, x, y);
    }

    private static IEnumerable<string> ExpandTiles(string pattern, List<(int Z, int X, int Y)> tiles)
    {
        if (!pattern.Contains("{z", StringComparison.Ordinal))
        {
            return [pattern];
        }

        return tiles.Select(t => System.Text.RegularExpressions.Regex.Replace(
            System.Text.RegularExpressions.Regex.Replace(
                System.Text.RegularExpressions.Regex.Replace(pattern, @"\{z[^}]*\}", t.Z.ToString(CultureInfo.InvariantCulture)),
                @"\{x[^}]*\}", t.X.ToString(CultureInfo.InvariantCulture)),
            @"\{y[^}]*\}", t.Y.ToString(CultureInfo.InvariantCulture)));
    }

    private static IEnumerable<string> Expand(string pattern, Dictionary<string, string[]> values)
    {
        var start = pattern.IndexOf('{', StringComparison.Ordinal);
        if (start < 0)
        {
            yield return pattern;
            yield break;
        }

        var end = pattern.IndexOf('}', start);
        var name = pattern[(start + 1)..end].TrimStart('*').Split(':', '=')[0].TrimEnd('?');
        foreach (var value in values[name])
        {
            foreach (var rest in Expand(pattern[(end + 1)..], values))
            {
                yield return pattern[..start] + Uri.EscapeDataString(value) + rest;
            }
        }
    }
}
