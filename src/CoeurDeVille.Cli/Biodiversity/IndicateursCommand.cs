using System.CommandLine;
using System.Globalization;
using CoeurDeVille.Cli.Hosting;
using CoeurDeVille.Modules.Biodiversity.Indicators;
using CoeurDeVille.Modules.Biodiversity.Observations;
using CoeurDeVille.Modules.Biodiversity.Taxonomy;

namespace CoeurDeVille.Cli.Biodiversity;

/// <summary>
/// <c>cdv biodiversite indicateurs --fichier F [--zone Z.geojson] [--commune C] [--periode-a 2010-2015 --periode-b 2016-2021 | --projet 2018-06-01 --annees 3]
/// [--statuts BDC.csv] [--format json|table] [--sortie indicateurs.csv|.json]</c>: decision indicators with their method.
/// </summary>
public static class IndicateursCommand
{
    public static Command Create(Func<CliServices> services)
    {
        var file = new Option<string>("--fichier", "-f") { Description = "Fichier d'observations : CSV SINP, GeoNature, naturaliz ou archive Darwin Core (.zip)", Required = true };
        var format = new Option<string>("--format") { Description = "Sortie : table (défaut) ou json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var taxref = new Option<string[]>("--taxref") { Description = "Référentiel TAXREF ou bib_noms (répétable) : regroupe les synonymes, donne noms et groupes", AllowMultipleArgumentsPerToken = true };
        var statuses = new Option<string?>("--statuts") { Description = "Fichier BDC statuts de l'INPN : taxons patrimoniaux et exotiques envahissants" };
        var places = new Option<string[]>("--lieux-statuts") { Description = "Codes CD_SIG des statuts retenus (ex. TERFXFR INSEER28 INSEED76) ; défaut : tous", AllowMultipleArgumentsPerToken = true };
        var periodA = new Option<string?>("--periode-a") { Description = "Période de référence (2010-2015, 2018 ou 2018-06-01..2020-05-31)" };
        var periodB = new Option<string?>("--periode-b") { Description = "Période comparée" };
        var project = new Option<string?>("--projet") { Description = "Date du projet (AAAA-MM-JJ) : compare les --annees avant et après" };
        var years = new Option<int>("--annees") { Description = "Années de part et d'autre de --projet (défaut 3)", DefaultValueFactory = _ => 3 };
        var minimumVisits = new Option<int>("--visites-min") { Description = "Visites (jour × maille de 1 km) exigées par période pour une tendance (défaut 30)", DefaultValueFactory = _ => 30 };
        var epsg = new Option<int?>("--epsg") { Description = "Système (code EPSG) des coordonnées projetées dont les colonnes ne le disent pas" };
        var output = new Option<string?>("--sortie", "-o") { Description = "Écrit aussi les indicateurs et leur méthode dans un fichier .csv ou .json" };
        var contours = new Option<string?>("--contours") { Description = "Départements (ex. 76,64) dont les contours communaux situent, pour --commune, les observations sans code INSEE" };
        var selection = new SelectionOptions();
        var command = new Command("indicateurs", "Indicateurs de décision d'un territoire ou d'une zone : richesse, espèces patrimoniales et envahissantes, effort, tendances corrigées de l'effort")
        {
            file, format, taxref, statuses, places, periodA, periodB, project, years, minimumVisits, epsg, output, contours,
        };
        foreach (var option in selection.All)
        {
            command.Options.Add(option);
        }

        command.Aliases.Add("indicators");
        command.SetAction(async (result, cancellationToken) =>
        {
            using var cli = services();
            // Checked before the (possibly long) reading of the file, not after it.
            if (result.GetValue(output) is { } target && !target.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && !target.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            {
                throw new ArgumentException($"--sortie « {target} » : attendu un fichier .csv ou .json.");
            }

            var locator = result.GetValue(contours) is { } departements
                ? (await SyntheseCommand.LocatorAsync(cli, departements, verbose: result.GetValue(format) != "json", cancellationToken)).Item1
                : null;
            var taxonomy = result.GetValue(taxref) is { Length: > 0 } files ? TaxrefReader.Load(files) : null;
            var (a, b) = Periods(result.GetValue(periodA), result.GetValue(periodB), result.GetValue(project), result.GetValue(years));
            var options = new IndicatorOptions
            {
                Scope = selection.Describe(result),
                Filter = selection.Filter(result),
                Taxonomy = taxonomy,
                Communes = locator,
                Statuses = result.GetValue(statuses) is { } bdc ? new TaxonStatusIndex(BdcStatusReader.Read(bdc), taxonomy, result.GetValue(places)) : null,
                PeriodA = a,
                PeriodB = b,
                MinimumVisits = result.GetValue(minimumVisits),
            };
            using var reader = ObservationFileReader.Open(result.GetValue(file)!, new ObservationReadOptions { Taxonomy = taxonomy, DeclaredEpsg = result.GetValue(epsg), Time = cli.Time });
            var indicators = new IndicatorCalculator(options).Compute(reader.Read(), cancellationToken);
            if (result.GetValue(output) is { } path)
            {
                Save(indicators, path);
            }

            if (result.GetValue(format) == "json")
            {
                cli.Console.Profile.Out.Writer.WriteLine(IndicatorJsonWriter.Write(indicators));
            }
            else
            {
                IndicatorTable.Render(cli.Console, indicators);
            }

            return ExitCodes.Done;
        });
        return command;
    }

    private static (Period?, Period?) Periods(string? a, string? b, string? project, int years)
    {
        if (project is not null)
        {
            if (a is not null || b is not null)
            {
                throw new ArgumentException("--projet et --periode-a/--periode-b s'excluent : choisir l'un ou l'autre.");
            }

            return DateOnly.TryParseExact(project, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && years >= 1
                ? Period.AroundProject(date, years)
                : throw new ArgumentException($"--projet « {project} » / --annees {years} : attendu une date AAAA-MM-JJ et au moins 1 année.");
        }

        if ((a is null) != (b is null))
        {
            throw new ArgumentException("Une tendance compare deux périodes : donner --periode-a et --periode-b (ex. 2010-2015 et 2016-2021).");
        }

        return a is null ? (null, null) : (Period.Parse(a), Period.Parse(b!));
    }

    private static void Save(BiodiversityIndicators indicators, string path)
    {
        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            using var file = new CoeurDeVille.Extraction.Writers.AtomicFile(path);
            File.WriteAllText(file.TemporaryPath, IndicatorJsonWriter.Write(indicators));
            file.Commit();
        }
        else
        {
            IndicatorCsvWriter.Write(indicators, path); // .csv: the extension is checked before reading
        }
    }
}
