using System.Globalization;
using CoeurDeVille.Modules.Trees.Indicators.Conditions;
using CoeurDeVille.Modules.Trees.Inventory;

namespace CoeurDeVille.Modules.Trees.Indicators.Replacement;

/// <summary>
/// Plans replacements from the inventory's own diagnostic: each standing tree's renewal horizon (« 6 à 10 ans »,
/// « à abattre dans les 5 ans ») places it in a year; no horizon, no planning (never an assumed life expectancy).
/// The horizon counts from the year of the diagnostic when the inventory gives it (a « 0-1 » priority diagnosed in
/// 2013 was due in 2013-2014), else from the first year of the plan. Year offset 0 is the first year of the plan;
/// a tree already due before it is placed there and counted as overdue (« en retard »).
/// </summary>
public static class ReplacementPlanner
{
    public static ReplacementPlan Plan(IEnumerable<TreeRecord> trees, IReadOnlyDictionary<long, TreeCondition>? conditions,
        int firstYear, int years, ReplacementCosts costs, ReplacementRule rule = ReplacementRule.Earliest)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(years, 1);
        var felled = new double[years];
        double beyond = 0, overdue = 0;
        var unplanned = 0;
        foreach (var tree in trees.Where(t => t.Status == TreeStatus.InPlace))
        {
            if (conditions?.GetValueOrDefault(tree.SourceLine) is not { RemainingLife: { } range } condition)
            {
                unplanned++;
                continue;
            }

            // Offset of the diagnostic year from the first year of the plan (negative: the diagnostic is older).
            var shift = condition.DiagnosticYear is { } diagnosed ? diagnosed - firstYear : 0;
            if (rule == ReplacementRule.Earliest)
            {
                Add(shift + range.Min, 1);
            }
            else
            {
                for (var y = range.Min; y <= range.Max; y++)
                {
                    Add(shift + y, 1.0 / range.Width);
                }
            }
        }

        void Add(int offset, double count)
        {
            if (offset < 0)
            {
                overdue += count;
                felled[0] += count;
            }
            else if (offset < years)
            {
                felled[offset] += count;
            }
            else
            {
                beyond += count;
            }
        }

        var missing = costs.Missing();
        var plan = new List<ReplacementYear>();
        for (var y = 0; y < years; y++)
        {
            var planted = felled[y] * costs.ReplantRatio;
            // Trees planted in the MaintenanceYears years before this one are in aftercare this year.
            double aftercare = 0;
            for (var p = Math.Max(0, y - costs.MaintenanceYears); p < y; p++)
            {
                aftercare += felled[p] * costs.ReplantRatio;
            }

            double? cost = missing.Count == 0
                ? felled[y] * ((costs.Felling ?? 0) + (costs.StumpRemoval ?? 0)) + planted * (costs.Planting ?? 0) + aftercare * (costs.Maintenance ?? 0)
                : null;
            plan.Add(new ReplacementYear(firstYear + y, felled[y], planted, aftercare, cost));
        }

        var ruleText = rule == ReplacementRule.Earliest
            ? "chaque arbre est remplacé la première année de son échéance (« 6 à 10 ans » → année 6)"
            : "chaque arbre est réparti à parts égales sur les années de son échéance (« 6 à 10 ans » → 1/5 d'arbre par an de l'année 6 à l'année 10)";
        var first = firstYear.ToString(CultureInfo.InvariantCulture);
        var method = $"Échéance de renouvellement lue dans le diagnostic de l'inventaire (colonnes d'état), comptée à partir de l'année du diagnostic quand l'inventaire la donne, sinon de {first} ; "
            + $"{ruleText} ; année 0 = {first} ; un arbre dont l'échéance est antérieure à {first} est compté en {first} et signalé « en retard » ; "
            + $"plantations = abattages × {costs.ReplantRatio.ToString("0.##", CultureInfo.GetCultureInfo("fr-FR"))} la même année ; entretien pendant {costs.MaintenanceYears.ToString(CultureInfo.InvariantCulture)} an(s) après plantation ; "
            + "coût annuel = abattus × (abattage + essouchement) + plantés × plantation + arbres en entretien × entretien.";
        const string source = "Diagnostic arboricole de l'inventaire source (priorité de renouvellement, note de diagnostic) ; coûts unitaires fournis par la commune";
        var total = felled.Sum();
        var overdueText = overdue > 0
            ? $" Dont {overdue.ToString("0.##", CultureInfo.GetCultureInfo("fr-FR"))} arbres en retard (échéance du diagnostic antérieure à {first}), comptés en {first}."
            : "";
        return new ReplacementPlan
        {
            FirstYear = firstYear,
            Years = years,
            Rule = rule,
            Costs = costs,
            Method = method,
            Source = source,
            Plan = plan,
            TotalFelled = Figure.Of($"Arbres à remplacer sur {years.ToString(CultureInfo.InvariantCulture)} ans", total, "arbres", method, source,
                (unplanned > 0 ? $"{unplanned.ToString(CultureInfo.InvariantCulture)} arbres en place sans échéance dans le diagnostic ne sont pas planifiés : le besoin réel est plus élevé." : "Échéances du diagnostic, à réviser à chaque visite.") + overdueText),
            TotalCost = missing.Count == 0
                ? Figure.Of($"Coût du plan sur {years.ToString(CultureInfo.InvariantCulture)} ans", plan.Sum(p => p.Cost!.Value), "€", method, source, "Coûts unitaires constants (sans actualisation ni inflation).")
                : Figure.NotComputable($"Coût du plan sur {years.ToString(CultureInfo.InvariantCulture)} ans", "€", method, source, "Coûts unitaires manquants : " + string.Join(", ", missing) + "."),
            Overdue = overdue,
            BeyondHorizon = beyond,
            Unplanned = unplanned,
        };
    }
}
