using System.Globalization;
using System.Text.Json;
using CoeurDeVille.Modules.Trees.Import;
using CoeurDeVille.Modules.Trees.Indicators;
using CoeurDeVille.Modules.Trees.Indicators.Carbon;
using CoeurDeVille.Modules.Trees.Indicators.Conditions;
using CoeurDeVille.Modules.Trees.Indicators.Replacement;
using CoeurDeVille.Modules.Trees.Mapping;
using Xunit;

namespace CoeurDeVille.Modules.Trees.Tests.Indicators;

/// <summary>
/// Every indicator on the real inventories, end to end, with figures checked against the test's own plain parsing of
/// the raw file (neither file has quotes, so a split on « , » reads it).
/// </summary>
public sealed class RealInventoryIndicatorTests
{
    private static (IReadOnlyList<Inventory.TreeRecord> Trees, IReadOnlyDictionary<long, TreeCondition> Conditions) Load(string path, string name)
    {
        var mapping = TreeMapping.BuiltIn(name);
        var import = TreeInventoryImporter.Import(path, mapping, TestContext.Current.CancellationToken);
        Assert.True(import.Succeeded, string.Join("\n", import.Errors.Take(5).Select(e => e.Message)));
        return (import.Trees, ConditionReader.Read(path, mapping, ConditionColumns.BuiltIn(name)!, TestContext.Current.CancellationToken));
    }

    private static List<Dictionary<string, string>> Raw(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = lines[0].TrimStart('\uFEFF').Split(',');
        return [.. lines.Skip(1).Select(l => header.Zip(l.Split(',')).ToDictionary(p => p.First, p => p.Second))];
    }

    [Fact]
    public void Grenoble_stage_health_threats_and_plan_match_a_plain_count_of_the_file()
    {
        var (trees, conditions) = Load(Inventories.Grenoble, "grenoble");
        var raw = Raw(Inventories.Grenoble);
        var options = new IndicatorOptions
        {
            ReferenceYear = 2026,
            Carbon = new CarbonParameters { DiameterGrowthCmPerYear = 0.5 },
            ReplacementYears = 10,
            Costs = new ReplacementCosts { Felling = 800, StumpRemoval = 300, Planting = 1200 },
        };

        var report = IndicatorCalculator.Compute(trees, conditions, options, "grenoble");

        Assert.Equal(raw.Count, report.TreeCount);
        int Stage(string label) => report.Structure.Stage.Classes.SingleOrDefault(c => c.Label == label)?.Count ?? 0;
        Assert.Equal(raw.Count(r => r["STADEDEDEVELOPPEMENT"] == "Arbre jeune"), Stage("jeune"));
        Assert.Equal(raw.Count(r => r["STADEDEDEVELOPPEMENT"] == "Arbre adulte"), Stage("adulte"));
        Assert.Equal(raw.Count(r => r["STADEDEDEVELOPPEMENT"] == "Arbre vieillissant"), Stage("vieillissant"));
        Assert.Equal(raw.Count(r => r["VIGUEUR"] == "vieillissement dépérissement"), report.Structure.Health.Classes.Single(c => c.Label == "vieillissement dépérissement").Count);
        Assert.Equal(raw.Count(r => r["VIGUEUR"] == "inconnu"), report.Structure.Health.UnknownCount);

        Assert.Equal(raw.Count(r => r["GENRE_BOTA"] == "Platanus"), report.Pests.Threats.Single(t => t.Threat == "chancre coloré du platane").Trees.Value);
        Assert.Equal(raw.Count(r => r["GENRE_BOTA"] == "Fraxinus" && r["ESPECE"] != "ornus"), report.Pests.Threats.Single(t => t.Threat == "chalarose du frêne").Trees.Value);

        // Plan, earliest rule. Each column gives a range of years from the diagnostic year (ANNEEREALISATIONDIAGNOSTIC);
        // two ranges that overlap both hold (intersection), two that do not: the earlier one.
        static (int Min, int Max)? Priority(string value) => value.Trim() switch
        {
            "0-1" => (0, 1), "1-5" => (1, 5), "6-10" => (6, 10), "11-20" => (11, 20), "20-50" => (20, 50), _ => null,
        };
        static (int Min, int Max)? Advice(string value) => value switch
        {
            "Arbre à abattre immédiatement" => (0, 0), "Arbre à abattre dans les 5 ans" => (0, 5), "Arbre à abattre dans les 10 ans" => (0, 10), _ => null,
        };
        static int DueYear(Dictionary<string, string> r)
        {
            var (p, a) = (Priority(r["PRIORITEDERENOUVELLEMENT"]), Advice(r["NOTEDIAGNOSTIC"]));
            var min = p is { } x && a is { } y ? (Math.Max(x.Min, y.Min) <= Math.Min(x.Max, y.Max) ? Math.Max(x.Min, y.Min) : Math.Min(x.Min, y.Min))
                : (p ?? a)!.Value.Min;
            return int.Parse(r["ANNEEREALISATIONDIAGNOSTIC"], CultureInfo.InvariantCulture) + min;
        }

        var due = raw.Select(DueYear).ToList();
        var years = due.Select(d => Math.Max(0, d - 2026)).ToList();
        Assert.True(due.Count(d => d < 2026) is > 1000 and var late && late < raw.Count, "the file has overdue and future trees");
        Assert.Equal(due.Count(d => d < 2026), report.Replacement.Overdue);
        for (var y = 0; y < 10; y++)
        {
            Assert.Equal(years.Count(v => v == y), report.Replacement.Plan[y].Felled);
        }

        Assert.Equal(years.Count(v => v >= 10), report.Replacement.BeyondHorizon);
        Assert.Equal(0, report.Replacement.Unplanned);
        Assert.Equal(years.Count(v => v < 10) * (800 + 300 + 1200.0), report.Replacement.TotalCost.Value);
        Assert.Equal(2026, report.Replacement.Plan[0].Year);
        Assert.Contains(report.Structure.Age.Caveats, c => c.Contains("L'année 2004", StringComparison.Ordinal));

        // Carbon: Betula trees by the cited equation (the other groups are checked in the unit tests).
        // The FIADB puts Betula utilis (Himalayan birch) in « mixed hardwood »: left out of this sum, counted with nothing here.
        var birch = raw.Where(r => r["GENRE_BOTA"] == "Betula" && r["ESPECE"] != "utilis" && double.Parse(r["DIAMETREARBREAUNMETRE"], CultureInfo.InvariantCulture) > 0)
            .Sum(r => Math.Exp(-1.9123 + 2.3651 * Math.Log(double.Parse(r["DIAMETREARBREAUNMETRE"], CultureInfo.InvariantCulture))) * 0.4);
        var computedBirch = report.Carbon.Trees.Where(t => t.StoredCarbonKg is not null && t.Taxon!.StartsWith("Betula", StringComparison.Ordinal) && !t.Taxon.Contains("utilis", StringComparison.Ordinal)).Sum(t => t.StoredCarbonKg!.Value);
        Assert.Equal(birch, computedBirch, 6);

        // Plane trees: « mixed hardwood » (Jenkins et al. 2003, table 4) by the FIADB's group for Platanus.
        var plane = raw.Where(r => r["GENRE_BOTA"] == "Platanus" && double.Parse(r["DIAMETREARBREAUNMETRE"], CultureInfo.InvariantCulture) > 0)
            .Sum(r => Math.Exp(-2.4800 + 2.4835 * Math.Log(double.Parse(r["DIAMETREARBREAUNMETRE"], CultureInfo.InvariantCulture))) * 0.4);
        var computedPlane = report.Carbon.Trees.Where(t => t.StoredCarbonKg is not null && t.Taxon!.StartsWith("Platanus", StringComparison.Ordinal)).Sum(t => t.StoredCarbonKg!.Value);
        Assert.True(plane > 0);
        Assert.Equal(plane, computedPlane, 6);
        Assert.True(report.Carbon.StoredCarbon.Computed && report.Carbon.Sequestration.Computed);
        Assert.False(report.Carbon.CanopyArea.Computed);
        Assert.Equal(report.Carbon.Trees.Count(t => t.StoredCarbonKg is not null), (int)Math.Round(report.Carbon.StoredCarbon.Share!.Value * report.TreeCount));
    }

    [Fact]
    public void Saint_quentin_stage_and_estimated_ages_match_a_plain_count_and_nothing_is_planned_without_a_horizon()
    {
        var (trees, conditions) = Load(Inventories.SaintQuentin, "saint-quentin");
        var standing = Raw(Inventories.SaintQuentin).Where(r => r["fk_arb_etat"] == "EN PLACE").ToList();

        var report = IndicatorCalculator.Compute(trees, conditions, new IndicatorOptions { ReferenceYear = 2026, PlantingCount = 200 }, "saint-quentin");

        Assert.Equal(standing.Count, report.TreeCount);
        Assert.Equal(standing.Count(r => r["fk_stadedev"] == "senescent"), report.Structure.Stage.Classes.Single(c => c.Label == "sénescent").Count);
        Assert.Equal(standing.Count(r => r["fk_stadedev"] == "vieux"), report.Structure.Stage.Classes.Single(c => c.Label == "vieillissant").Count);
        var ages = standing.Select(r => double.Parse(r["age_estim"], CultureInfo.InvariantCulture)).Where(a => a > 0).ToList();
        Assert.Equal(ages.Count(a => a >= 40 && a < 60), report.Structure.Age.Classes.Single(c => c.Label == "40 à 59 ans").Count);
        Assert.Equal(standing.Count - ages.Count, report.Structure.Age.UnknownCount);
        Assert.Equal(standing.Count, report.Replacement.Unplanned);
        Assert.Equal(0, report.Replacement.TotalFelled.Value);
        Assert.False(report.Carbon.Sequestration.Computed); // no growth given
        Assert.Equal(200, report.Planting.Suggestions.Sum(s => s.Count) + report.Planting.Unplaced);
        Assert.All(report.Planting.Suggestions, s => Assert.True(s.GenusShare <= 0.20 && s.SpeciesShare <= 0.10));
    }

    [Fact]
    public void Json_keys_are_all_french()
    {
        var (trees, conditions) = Load(Inventories.Grenoble, "grenoble");
        var report = IndicatorCalculator.Compute(trees, conditions, new IndicatorOptions { ReferenceYear = 2026, PlantingCount = 10 }, "grenoble");

        using var json = JsonDocument.Parse(IndicatorReportJson.Write(report, "grenoble.csv", includeTrees: true));

        var french = IndicatorReportJson.FrenchNames.Names.Values.Append("fichier").ToHashSet(StringComparer.Ordinal);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        void Walk(JsonElement e)
        {
            if (e.ValueKind == JsonValueKind.Object)
            {
                foreach (var p in e.EnumerateObject())
                {
                    keys.Add(p.Name);
                    Walk(p.Value);
                }
            }
            else if (e.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in e.EnumerateArray())
                {
                    Walk(item);
                }
            }
        }

        Walk(json.RootElement);
        Assert.Equal([], keys.Where(k => !french.Contains(k)).Order(StringComparer.Ordinal).ToList());
        Assert.Equal(report.TreeCount, json.RootElement.GetProperty("carbone").GetProperty("arbres").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("carbone").GetProperty("surfaceCanopee").GetProperty("valeur").ValueKind);
    }
}
