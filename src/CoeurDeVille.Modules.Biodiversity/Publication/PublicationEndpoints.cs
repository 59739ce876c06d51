using System.Globalization;
using System.Text;
using CoeurDeVille.Modules.Biodiversity.Exports;
using CoeurDeVille.Modules.Biodiversity.Indicators;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoeurDeVille.Modules.Biodiversity.Publication;

/// <summary>
/// Exports and zone indicators of the atlas as GET routes under <c>/api/v1/territoires/{code}/biodiversite</c>, the
/// same as the pages <c>/atlas/export</c> and <c>/atlas/indicateurs</c>. Public: only blurred records are read.
/// </summary>
public static class PublicationEndpoints
{
    public static IEndpointRouteBuilder MapAtlasPublicationApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/v1/territoires/{code}/biodiversite").WithTags("Biodiversité");
        api.MapGet("/export", ExportAsync)
            .WithSummary("Exporter les observations publiées (DwC-A, CSV SINP, GeoJSON, GeoPackage), avec filtres")
            .WithDescription("format = dwca | sinp | geojson | gpkg ; filtres : taxon (CD_NOM ou CD_REF, synonymes inclus), groupe, du, au (AAAA-MM-JJ), " +
                "commune (INSEE), maille (code INPN), zone (WKT ou GeoJSON en WGS 84), colonnes (SINP, séparées par des virgules). " +
                "Les données sensibles sont floutées avant tout filtre ; les niveaux 3 et 4 ne sont jamais exportés.")
            .Produces(StatusCodes.Status200OK, contentType: "application/zip")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/indicateurs", IndicatorsAsync)
            .WithSummary("Indicateurs de décision d'un territoire ou d'une zone (richesse, patrimoniales, envahissantes, effort, tendance corrigée)")
            .WithDescription("format = json | csv ; zone (WKT ou GeoJSON en WGS 84) ou commune ; periodeA et periodeB (« 2010-2015 ») ou projet (AAAA-MM-JJ) et annees. " +
                "Même contenu que « cdv biodiversite indicateurs », méthode écrite dans chaque sortie.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    private static async Task<IResult> ExportAsync(string code, HttpContext context, AtlasPublication publication, Atlas.AtlasReader atlas, TimeProvider time, CancellationToken cancel)
    {
        if (!await atlas.HasAtlasAsync(code, cancel))
        {
            return NoAtlas(code);
        }

        var errors = new List<string>();
        var query = context.Request.Query;
        var format = Format(query["format"].ToString(), errors);
        var filter = FilterQuery.Parse(query, await publication.ExtentAsync(code, cancel), errors);
        var columns = FilterQuery.Values(query, "colonnes").ToList();
        if (format == ExportFormat.DarwinCoreArchive && columns.Count > 0)
        {
            errors.Add("colonnes : le choix des colonnes ne s'applique pas à l'archive Darwin Core, dont les termes sont fixés par le standard.");
        }

        var unknown = columns.Where(c => !SinpColumns.Names.Contains(c, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
        {
            errors.Add($"colonnes « {string.Join(", ", unknown)} » inconnues ; colonnes possibles : {string.Join(", ", SinpColumns.Names)}.");
        }

        if (errors.Count > 0 || format is not { } chosen)
        {
            return BadRequest(errors);
        }

        var folder = Directory.CreateTempSubdirectory("cdv-export-");
        var path = Path.Combine(folder.FullName, "observations-" + code + ObservationExporter.ExtensionOf(chosen));
        var metadata = new ObservationExportMetadata
        {
            Title = $"Observations naturalistes du territoire {code}",
            Place = $"Territoire {code}",
            Published = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime),
        };
        try
        {
            await publication.ExportAsync(code, chosen, filter, columns, metadata, path, cancel);
        }
        catch
        {
            folder.Delete(recursive: true);
            throw;
        }

        // The file is removed when the response is sent; the folder right away (Linux keeps the open file).
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 1 << 16, FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        context.Response.RegisterForDispose(new TemporaryFolder(folder));
        return Results.File(stream, ContentType(chosen), Path.GetFileName(path));
    }

    private static async Task<IResult> IndicatorsAsync(string code, HttpContext context, AtlasPublication publication, Atlas.AtlasReader atlas, CancellationToken cancel)
    {
        if (!await atlas.HasAtlasAsync(code, cancel))
        {
            return NoAtlas(code);
        }

        var query = context.Request.Query;
        var format = query["format"].ToString() is { Length: > 0 } f ? f : "json";
        var (indicators, errors) = await IndicatorRequest.ComputeAsync(code, query, publication, cancel);
        if (format is not ("json" or "csv"))
        {
            errors.Add($"format « {format} » : attendu json ou csv.");
        }

        if (errors.Count > 0 || indicators is null)
        {
            return BadRequest(errors);
        }

        if (format == "json")
        {
            return Results.Text(IndicatorJsonWriter.Write(indicators), "application/json", Encoding.UTF8);
        }

        var folder = Directory.CreateTempSubdirectory("cdv-indicateurs-");
        try
        {
            var path = Path.Combine(folder.FullName, "indicateurs.csv");
            IndicatorCsvWriter.Write(indicators, path);
            return Results.File(await File.ReadAllBytesAsync(path, cancel), "text/csv; charset=utf-8", $"indicateurs-{code}.csv");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static ExportFormat? Format(string text, List<string> errors)
    {
        switch (text)
        {
            case "dwca": return ExportFormat.DarwinCoreArchive;
            case "sinp": return ExportFormat.SinpCsv;
            case "geojson": return ExportFormat.GeoJson;
            case "gpkg": return ExportFormat.GeoPackage;
            default:
                errors.Add(text.Length == 0 ? "format manquant : attendu dwca, sinp, geojson ou gpkg." : $"format « {text} » : attendu dwca, sinp, geojson ou gpkg.");
                return null;
        }
    }

    private static string ContentType(ExportFormat format) => format switch
    {
        ExportFormat.DarwinCoreArchive => "application/zip",
        ExportFormat.SinpCsv => "text/csv; charset=utf-8",
        ExportFormat.GeoJson => "application/geo+json",
        _ => "application/geopackage+sqlite3",
    };

    internal static IResult BadRequest(IReadOnlyList<string> errors) => Results.Problem(
        title: "Filtres invalides", detail: string.Join(" ", errors), statusCode: StatusCodes.Status400BadRequest,
        extensions: new Dictionary<string, object?> { ["erreurs"] = errors });

    private static IResult NoAtlas(string code) => Results.Problem(title: "Atlas introuvable",
        detail: $"Le territoire {code} n'a pas d'atlas de la biodiversité (aucune observation importée).", statusCode: StatusCodes.Status404NotFound);

    private sealed class TemporaryFolder(DirectoryInfo folder) : IDisposable
    {
        public void Dispose()
        {
            try
            {
                folder.Delete(recursive: true);
            }
            catch (IOException)
            {
                // Already gone or still in use: the system's temp cleaning removes it.
            }
        }
    }
}
