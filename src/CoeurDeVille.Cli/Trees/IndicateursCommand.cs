using System.CommandLine;
using CoeurDeVille.Cli.Hosting;
using CoeurDeVille.Modules.Trees.Import;
using CoeurDeVille.Modules.Trees.Indicators;
using CoeurDeVille.Modules.Trees.Indicators.Carbon;
using CoeurDeVille.Modules.Trees.Indicators.Conditions;
using CoeurDeVille.Modules.Trees.Indicators.Replacement;
using CoeurDeVille.Modules.Trees.Mapping;

namespace CoeurDeVille.Cli.Trees;

/// <summary>
/// <c>cdv arbres indicateurs --fichier PATH [--correspondance M] [--etat E] [--format json|table] …</c>: structure,
/// pests, carbon, VIE, pollen, replacement plan and planting suggestions of an inventory, every figure with its method,
/// source and uncertainty. The inputs the inventory lacks (growth, costs, horizon, trees to plant) are options.
/// </summary>
internal static class IndicateursCommand
{
    public static Command Create(Func<CliServices> services, Option<string> file, Option<string?> mapping, Action<CliServices, TreeImportResult> renderErrors)
    {
        var format = new Option<string>("--format") { Description = "Sortie : table (défaut) ou json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var conditions = new Option<string?>("--etat", "-e")
        {
            Description = "Colonnes d'état (stade, état sanitaire, échéances, âge estimé, diamètre du houppier) : fichier JSON ou nom fourni ("
                + string.Join(", ", ConditionColumns.BuiltInNames) + ") ; par défaut celles de la correspondance du même nom",
        };
        var year = new Option<int?>("--annee") { Description = "Année de référence des âges et du début du plan (défaut : l'année en cours)" };
        var growth = Number("--croissance", "Croissance diamétrale annuelle en cm/an, pour le carbone séquestré (sans elle : non calculable)");
        var horizon = new Option<int>("--horizon") { Description = "Durée du plan de remplacement en années (défaut 10)", DefaultValueFactory = _ => 10 };
        var rule = new Option<string>("--regle") { Description = "Placement dans l'échéance : tot (première année, défaut) ou etale (réparti sur l'échéance)", DefaultValueFactory = _ => "tot" };
        rule.AcceptOnlyFromAmong("tot", "etale");
        var felling = Number("--cout-abattage", "Coût d'abattage d'un arbre (€)");
        var stump = Number("--cout-essouchement", "Coût d'essouchement d'un arbre (€)");
        var planting = Number("--cout-plantation", "Coût de fourniture et plantation d'un jeune arbre (€)");
        var maintenance = Number("--cout-entretien", "Coût d'entretien annuel d'un jeune arbre (€/an)");
        var maintenanceYears = new Option<int>("--annees-entretien") { Description = "Années d'entretien après plantation (défaut 0)", DefaultValueFactory = _ => 0 };
        var ratio = Number("--plantes-par-abattu", "Arbres plantés par arbre abattu (défaut 1)", strictlyPositive: true);
        var count = new Option<int?>("--plantations") { Description = "Nombre d'arbres à planter pour les suggestions d'essences (défaut : les remplacements du plan)" };
        var trees = new Option<bool>("--arbres") { Description = "JSON : ajoute les valeurs par arbre (carbone, pollen) pour une carte" };
        var command = new Command("indicateurs", "Indicateurs d'aide à la décision : structure, menaces sanitaires, carbone, valeur VIE, pollens, plan de remplacement, essences à planter")
        {
            file, mapping, conditions, format, year, growth, horizon, rule, felling, stump, planting, maintenance, maintenanceYears, ratio, count, trees,
        };
        command.Aliases.Add("indicators");
        command.SetAction((result, cancellationToken) =>
        {
            using var cli = services();
            var path = result.GetValue(file)!;
            var mappingName = result.GetValue(mapping);
            var correspondence = mappingName is { } m ? TreeMapping.Resolve(m) : null;
            if (result.GetValue(horizon) < 1)
            {
                throw new ArgumentException($"--horizon : {result.GetValue(horizon)} ; attendu un nombre d'années ≥ 1.");
            }

            if (result.GetValue(maintenanceYears) < 0)
            {
                throw new ArgumentException($"--annees-entretien : {result.GetValue(maintenanceYears)} ; attendu un nombre d'années ≥ 0.");
            }

            if (result.GetValue(count) is < 0)
            {
                throw new ArgumentException("--plantations : attendu un nombre d'arbres ≥ 0.");
            }

            var columns = result.GetValue(conditions) is { } c ? ConditionColumns.Resolve(c)
                : mappingName is not null ? ConditionColumns.BuiltIn(mappingName) : null;
            var import = TreeInventoryImporter.Import(path, correspondence, cancellationToken);
            if (!import.Succeeded)
            {
                renderErrors(cli, import);
                return Task.FromResult(ExitCodes.BadInput);
            }

            var states = columns is null ? null : ConditionReader.Read(path, correspondence, columns, cancellationToken);
            var options = new IndicatorOptions
            {
                ReferenceYear = result.GetValue(year) ?? cli.Time.GetLocalNow().Year,
                Carbon = new CarbonParameters { DiameterGrowthCmPerYear = result.GetValue(growth) },
                ReplacementYears = result.GetValue(horizon),
                ReplacementRule = result.GetValue(rule) == "etale" ? ReplacementRule.Spread : ReplacementRule.Earliest,
                Costs = new ReplacementCosts
                {
                    Felling = result.GetValue(felling),
                    StumpRemoval = result.GetValue(stump),
                    Planting = result.GetValue(planting),
                    Maintenance = result.GetValue(maintenance),
                    MaintenanceYears = result.GetValue(maintenanceYears),
                    ReplantRatio = result.GetValue(ratio) ?? 1,
                },
                PlantingCount = result.GetValue(count),
            };
            var report = IndicatorCalculator.Compute(import.Trees, states, options, columns?.Name);
            if (result.GetValue(format) == "json")
            {
                cli.Console.Profile.Out.Writer.WriteLine(IndicatorReportJson.Write(report, import.File, result.GetValue(trees)));
            }
            else
            {
                IndicatorTables.Render(cli.Console, import.File, report);
            }

            return Task.FromResult(ExitCodes.Done);
        });
        return command;
    }

    /// <summary>
    /// A finite number written the French way (« 0,5 ») or with a point, ≥ 0 (or &gt; 0 when <paramref name="strictlyPositive"/>).
    /// « Infinity » and « NaN », which the invariant parser accepts, are refused.
    /// </summary>
    private static Option<double?> Number(string name, string description, bool strictlyPositive = false) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (double.TryParse(token.Replace(',', '.'), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value)
                && double.IsFinite(value) && (strictlyPositive ? value > 0 : value >= 0))
            {
                return value;
            }

            result.AddError(strictlyPositive
                ? $"{name} : « {token} » n'est pas un nombre strictement positif (exemples : 0,5 ou 2)."
                : $"{name} : « {token} » n'est pas un nombre positif ou nul (exemples : 0,5 ou 1200).");
            return null;
        },
    };
}
