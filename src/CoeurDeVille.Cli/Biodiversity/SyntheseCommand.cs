using System.CommandLine;
using System.Globalization;
using CoeurDeVille.Cli.Hosting;
using CoeurDeVille.Core.Territories;
using CoeurDeVille.Core.Territories.Contours;
using CoeurDeVille.Modules.Biodiversity.Communes;
using CoeurDeVille.Modules.Biodiversity.Observations;
using CoeurDeVille.Modules.Biodiversity.Synthesis;
using CoeurDeVille.Modules.Biodiversity.Taxonomy;
using NetTopologySuite.Geometries;
using Spectre.Console;

namespace CoeurDeVille.Cli.Biodiversity;

/// <summary>
/// <c>cdv biodiversite synthese --fichier F [--format json|table] [--taxref T…] [--epsg N] [--contours 05,38]</c>:
/// reads any observation file the importer accepts and prints the atlas figures (deleted records excluded).
/// A file with a bad row prints nothing but the errors (exit 1).
/// </summary>
public static class SyntheseCommand
{
    public static Command Create(Func<CliServices> services)
    {
        var file = new Option<string>("--fichier", "-f") { Description = "Fichier d'observations : CSV SINP, GeoNature, naturaliz ou archive Darwin Core (.zip)", Required = true };
        var format = new Option<string>("--format") { Description = "Sortie : table (défaut) ou json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var taxref = new Option<string[]>("--taxref") { Description = "Référentiel TAXREF ou bib_noms (répétable) : rattache chaque nom à son taxon de référence (CD_REF) et refuse les CD_NOM inconnus", AllowMultipleArgumentsPerToken = true };
        var epsg = new Option<int?>("--epsg") { Description = "Système (code EPSG) des coordonnées projetées dont les colonnes ne le disent pas (ex. 5490 pour l'UTM 20N des Antilles)" };
        var contours = new Option<string?>("--contours") { Description = "Départements (ex. 05,38) dont les contours communaux situent les observations sans code INSEE" };
        var command = new Command("synthese", "Chiffres de l'atlas d'un fichier d'observations : observations, taxons, par mois, par maille INPN 10 km et 1 km, par commune")
        {
            file, format, taxref, epsg, contours,
        };
        command.Aliases.Add("summary");
        command.SetAction(async (result, cancellationToken) =>
        {
            using var cli = services();
            var taxonomy = result.GetValue(taxref) is { Length: > 0 } taxrefFiles ? TaxrefReader.Load(taxrefFiles) : null;
            // Contours need the COG; with it, former INSEE codes also count for today's commune.
            var (locator, territories) = result.GetValue(contours) is { } departements
                ? await LocatorAsync(cli, departements, verbose: result.GetValue(format) != "json", cancellationToken)
                : (null, null);
            var options = new ObservationReadOptions { Taxonomy = taxonomy, DeclaredEpsg = result.GetValue(epsg), Time = cli.Time };
            var summary = Summarise(result.GetValue(file)!, options, new BiodiversitySummaryBuilder(locator, territories), cancellationToken);
            if (result.GetValue(format) == "json")
            {
                cli.Console.Profile.Out.Writer.WriteLine(SummaryJson.Write(summary));
            }
            else
            {
                SummaryTable.Render(cli.Console, summary);
            }

            return ExitCodes.Done;
        });
        return command;
    }

    private static BiodiversitySummary Summarise(string path, ObservationReadOptions options, BiodiversitySummaryBuilder builder, CancellationToken cancellationToken)
    {
        using var reader = ObservationFileReader.Open(path, options);
        foreach (var observation in reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            builder.Add(observation);
        }

        return builder.Build(Path.GetFileName(path), reader.Format, reader.Duplicates);
    }

    internal static async Task<(CommuneLocator, TerritoryDirectory)> LocatorAsync(CliServices cli, string departements, bool verbose, CancellationToken cancellationToken)
    {
        // JSON goes to stdout for scripts: no progress text there.
        var directory = verbose ? await cli.TerritoriesAsync(cancellationToken) : await new TerritoryLoader(cli.Settings, cli.Cache).LoadAsync(cancellationToken);
        var store = new ContourStore(cli.Settings, cli.Cache, directory);
        var communes = new List<(string, Geometry)>();
        foreach (var code in departements.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (directory.FindDepartement(code.ToUpperInvariant()) is null)
            {
                throw new ArgumentException($"--contours : département « {code} » inconnu du COG (attendu : 05, 2A, 972…).");
            }

            foreach (var commune in directory.CommunesOfDepartement(code.ToUpperInvariant()))
            {
                if (await store.CommuneAsync(commune.Code, cancellationToken) is { } contour)
                {
                    communes.Add((commune.Code, contour));
                }
            }
        }

        if (verbose)
        {
            cli.Console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[grey]{communes.Count} contours communaux chargés.[/]"));
        }

        return (new CommuneLocator(communes), directory);
    }
}
