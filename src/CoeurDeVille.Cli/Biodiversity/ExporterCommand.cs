using System.CommandLine;
using CoeurDeVille.Cli.Hosting;
using CoeurDeVille.Core.Text;
using CoeurDeVille.Modules.Biodiversity.Exports;
using CoeurDeVille.Modules.Biodiversity.Observations;
using CoeurDeVille.Modules.Biodiversity.Taxonomy;
using Spectre.Console;

namespace CoeurDeVille.Cli.Biodiversity;

/// <summary>
/// <c>cdv biodiversite exporter --fichier IN --format dwca|sinp|geojson|gpkg --sortie OUT [filtres]</c>: reads an
/// observation file and writes the selected records. The file appears only when complete; a bad input row writes nothing (exit 1).
/// </summary>
public static class ExporterCommand
{
    public static Command Create(Func<CliServices> services)
    {
        var file = new Option<string>("--fichier", "-f") { Description = "Fichier d'observations : CSV SINP, GeoNature, naturaliz ou archive Darwin Core (.zip)", Required = true };
        var format = new Option<string>("--format") { Description = "dwca (archive Darwin Core), sinp (CSV du standard SINP), geojson ou gpkg (GeoPackage)", Required = true };
        format.AcceptOnlyFromAmong("dwca", "sinp", "geojson", "gpkg");
        var output = new Option<string>("--sortie", "-o") { Description = "Fichier à écrire", Required = true };
        var taxref = new Option<string[]>("--taxref") { Description = "Référentiel TAXREF ou bib_noms (répétable) : CD_REF, noms valides, groupes", AllowMultipleArgumentsPerToken = true };
        var epsg = new Option<int?>("--epsg") { Description = "Système (code EPSG) des coordonnées projetées dont les colonnes ne le disent pas" };
        var absences = new Option<bool>("--absences") { Description = "Inclure les absences (statutObservation « No ») ; les données supprimées ne sont jamais exportées" };
        var columns = new Option<string?>("--colonnes") { Description = "Colonnes SINP à écrire, dans cet ordre, séparées par des virgules (sinp, geojson, gpkg ; ex. cdRef,nomValide,jourDateDebut,codeCommune)" };
        var contours = new Option<string?>("--contours") { Description = "Départements (ex. 76,64) dont les contours communaux situent, pour --commune, les observations sans code INSEE" };
        var selection = new SelectionOptions();
        var command = new Command("exporter", "Exporte des observations filtrées : Darwin Core (DwC-A), CSV SINP, GeoJSON ou GeoPackage")
        {
            file, format, output, taxref, epsg, absences, columns, contours,
        };
        foreach (var option in selection.All)
        {
            command.Options.Add(option);
        }

        command.Aliases.Add("export");
        command.SetAction(async (result, cancellationToken) =>
        {
            using var cli = services();
            var locator = result.GetValue(contours) is { } departements ? (await SyntheseCommand.LocatorAsync(cli, departements, verbose: true, cancellationToken)).Item1 : null;
            var taxonomy = result.GetValue(taxref) is { Length: > 0 } files ? TaxrefReader.Load(files) : null;
            var options = new ObservationExportOptions
            {
                Filter = selection.Filter(result) with { IncludeAbsences = result.GetValue(absences) },
                Taxonomy = taxonomy,
                Communes = locator,
                Columns = result.GetValue(columns)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [],
            };
            var exportFormat = result.GetValue(format) switch
            {
                "dwca" => ExportFormat.DarwinCoreArchive,
                "sinp" => ExportFormat.SinpCsv,
                "geojson" => ExportFormat.GeoJson,
                _ => ExportFormat.GeoPackage,
            };
            using var reader = ObservationFileReader.Open(result.GetValue(file)!, new ObservationReadOptions { Taxonomy = taxonomy, DeclaredEpsg = result.GetValue(epsg), Time = cli.Time });
            var exported = ObservationExporter.Export(reader.Read(), exportFormat, result.GetValue(output)!, options, cancellationToken);
            cli.Console.MarkupLine($"[green]{Markup.Escape(exported.Path)}[/] : {FrenchPlural.Of(exported.Written, "observation")} exportée{(exported.Written > 1 ? "s" : "")}"
                + $" ({FrenchPlural.Of(exported.FilteredOut, "écartée")} par les filtres, {exported.Withheld} retenue(s) et {exported.Blurred} floutée(s) pour sensibilité, {reader.Duplicates} doublon(s)).");
            return ExitCodes.Done;
        });
        return command;
    }
}
