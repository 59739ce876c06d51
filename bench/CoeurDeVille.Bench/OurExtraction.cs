using System.Diagnostics;
using System.Globalization;
using CoeurDeVille.Core.Configuration;
using CoeurDeVille.Core.Downloads;
using CoeurDeVille.Core.Territories;
using CoeurDeVille.Extraction.Engine;
using CoeurDeVille.Extraction.Sources;
using CoeurDeVille.Extraction.Writers;

namespace CoeurDeVille.Bench;

/// <summary>
/// Our code filter run in-process through <see cref="ExtractionRunner"/>, as <c>cdv extraire</c> does, with the
/// territory loading timed apart from the extraction so the figure compares with DuckDB's query time.
/// </summary>
internal static class OurExtraction
{
    public static async Task<int> RunAsync(Arguments arguments)
    {
        var total = Stopwatch.StartNew();
        var settings = new CdvSettings
        {
            DataFolder = arguments.Get("dossier-donnees", Path.Combine(Path.GetTempPath(), "cdv-bench")),
            ActionCoeurDeVille = arguments.Get("acv", SharedData.Root + "/action-coeur-de-ville/coeurdeville.js"),
        };
        settings.Territoires.Decoupage = arguments.Get("decoupage", SharedData.Root + "/decoupage-administratif");
        using var http = new HttpClient();
        var cache = new DownloadCache(settings.CacheFolder, http, TimeProvider.System);
        var territories = await new TerritoryLoader(settings, cache).LoadAsync().ConfigureAwait(false);
        var resolver = new PerimeterResolver(territories);
        var perimeters = arguments.Get("perimetre", "").Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(spec => resolver.Resolve(PerimeterSpec.Parse(spec)))
            .ToList();
        if (arguments.Get("tous-acv", "false") == "true")
        {
            foreach (var town in ActionCoeurDeVilleList.Read(settings.ActionCoeurDeVille))
            {
                if (territories.Resolve(town.CommuneCode, out var current) != CommuneCodeResolution.Unknown)
                {
                    perimeters.Add(resolver.Resolve(new PerimeterSpec(PerimeterSpecKind.Commune, current)));
                }
            }
        }

        perimeters = [.. perimeters.DistinctBy(p => p.Id)];
        var file = Path.GetFullPath(arguments.Get("fichier"));
        var source = new SourceDescriptor
        {
            Id = Path.GetFileNameWithoutExtension(file),
            Title = Path.GetFileName(file),
            Url = file,
            Format = "csv",
            Cut = new SourceCut { Method = "code", Column = arguments.Get("colonne-code", "insee"), Level = "commune" },
        };
        var format = arguments.Get("format", "csv") switch
        {
            "csv" => OutputFormat.Csv,
            "geojson" => OutputFormat.GeoJson,
            "gpkg" => OutputFormat.GeoPackage,
            "xlsx" => OutputFormat.Xlsx,
            "parquet" => OutputFormat.Parquet,
            var other => throw new ArgumentException($"Format {other} inconnu."),
        };
        var output = arguments.Get("sortie");
        var request = new ExtractionRequest(source, file, perimeters, format, output, arguments.Get("excel", "false") == "true");
        var setup = total.Elapsed.TotalSeconds;
        var runner = new ExtractionRunner(cache, territories, TimeProvider.System);
        var report = await runner.RunAsync(request).ConfigureAwait(false);
        var rows = report.Outputs.Sum(o => o.Rows);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ours_setup_s={setup:F3} ours_extract_s={report.Duration.TotalSeconds:F3} rows={rows} perimeters={perimeters.Count} read={report.Statistics.RowsRead} remapped={report.Statistics.RowsRemapped} unknown={report.Statistics.RowsUnknownCode}"));
        return 0;
    }
}
