using System.CommandLine;
using CoeurDeVille.Cli.Hosting;
using CoeurDeVille.Core.Territories;
using CoeurDeVille.Core.Territories.Contours;
using CoeurDeVille.Extraction.Engine;
using CoeurDeVille.Extraction.Filters.Spatial;
using CoeurDeVille.Extraction.Sources;
using CoeurDeVille.Extraction.Writers;

namespace CoeurDeVille.Cli.Extraction;

/// <summary><c>cdv extraire</c>: cuts a national source to one or many perimeters.</summary>
public static class ExtraireCommand
{
    public static Command Create(Func<CliServices> services)
    {
        var options = new ExtraireOptions();
        var command = new Command("extraire", "Découpe une source nationale à un ou plusieurs périmètres");
        command.Aliases.Add("extract");
        foreach (var option in options.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(async (result, cancellationToken) =>
        {
            using var cli = services();
            return await RunAsync(cli, result, options, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(CliServices cli, ParseResult parsed, ExtraireOptions options, CancellationToken cancellationToken)
    {
        var sourceId = parsed.GetValue(options.Source);
        var file = parsed.GetValue(options.File);
        if ((sourceId is null) == (file is null))
        {
            throw new ArgumentException("Indiquez une source : --source ID (voir cdv sources) ou --fichier CHEMIN_OU_URL, pas les deux.");
        }

        var format = ParseFormat(parsed.GetValue(options.Format)!);
        var territories = await cli.TerritoriesAsync(cancellationToken);
        var perimeters = await PerimeterBuilder.BuildAsync(
            cli, territories, parsed.GetValue(options.Perimeters) ?? [], parsed.GetValue(options.AllAcv), parsed.GetValue(options.Buffer), cancellationToken);

        SourceDescriptor source;
        string location;
        if (sourceId is not null)
        {
            source = cli.Sources().Get(sourceId);
            location = SourceRegistry.LocationOf(source, cli.Settings.SourcesBaseUrl);
            ApplyOverrides(source, parsed, options);
        }
        else
        {
            source = AdHocSource.Create(file!, parsed.GetValue(options.CodeColumn), parsed.GetValue(options.Level)!, parsed.GetValue(options.XyColumns), parsed.GetValue(options.Crs));
            location = file!;
        }

        var request = new ExtractionRequest(
            source, location, perimeters, format, parsed.GetValue(options.Output)!,
            parsed.GetValue(options.Excel), parsed.GetValue(options.Clip),
            format == OutputFormat.GeoJson ? 4326 : parsed.GetValue(options.OutputCrs),
            parsed.GetValue(options.Encoding), parsed.GetValue(options.Separator));
        var runner = new ExtractionRunner(cli.Cache, territories, cli.Time, new PerimeterGeometries(new ContourStore(cli.Settings, cli.Cache, territories)), cli.Http);
        var report = await ExtractionProgressDisplay.RunAsync(cli.Console, progress => runner.RunAsync(request, progress, cancellationToken));
        ExtractionSummary.Write(cli.Console, request, report);
        return ExitCodes.Done;
    }

    private static void ApplyOverrides(SourceDescriptor source, ParseResult parsed, ExtraireOptions options)
    {
        if (parsed.GetValue(options.CodeColumn) is { } column)
        {
            source.Cut = new SourceCut { Method = "code", Column = column, Level = parsed.GetValue(options.Level)! };
        }
        else if (parsed.GetValue(options.XyColumns) is { } xy)
        {
            source.Cut = new SourceCut { Method = "xy", Columns = AdHocSource.SplitColumns(xy), Crs = parsed.GetValue(options.Crs) };
        }
    }

    private static OutputFormat ParseFormat(string text) => text.Trim().ToLowerInvariant() switch
    {
        "csv" => OutputFormat.Csv,
        "geojson" or "json" => OutputFormat.GeoJson,
        "gpkg" or "geopackage" => OutputFormat.GeoPackage,
        "xlsx" or "excel" => OutputFormat.Xlsx,
        "parquet" or "geoparquet" => OutputFormat.Parquet,
        _ => throw new ArgumentException($"Format « {text} » inconnu : attendu csv, geojson, gpkg, xlsx ou parquet."),
    };
}
