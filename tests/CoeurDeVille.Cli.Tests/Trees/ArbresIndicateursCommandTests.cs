using System.Globalization;
using System.Text.Json;
using CoeurDeVille.TestSupport;
using Xunit;

namespace CoeurDeVille.Cli.Tests.Trees;

/// <summary><c>cdv arbres indicateurs</c> on the real inventories; figures checked against the test's own count of the raw file.</summary>
public sealed class ArbresIndicateursCommandTests
{
    private static string Inventory(string name) => SharedData.PathOf("trees", "inventories", name);

    [Fact]
    public async Task Json_gives_the_plan_and_threats_of_grenoble_from_its_diagnostic_columns()
    {
        await using var cli = await CliHarness.StartAsync();
        var path = Inventory("grenoble_defi_egc_2017.csv");

        var (exitCode, output) = await cli.RunAsync("arbres", "indicateurs", "--fichier", path, "--correspondance", "grenoble", "--format", "json",
            "--annee", "2026", "--horizon", "5", "--cout-abattage", "800", "--cout-essouchement", "300", "--cout-plantation", "1200");

        Assert.True(exitCode == 0, output);
        var rows = File.ReadAllLines(path).Skip(1).Select(l => l.Split(',')).ToList(); // no quotes in this file
        // Column 2 = ANNEEREALISATIONDIAGNOSTIC, 8 = NOTEDIAGNOSTIC, 9 = PRIORITEDERENOUVELLEMENT. Horizons count from
        // the diagnostic year; a felling advice [0, n] and a priority [a, b] that overlap give [max(0, a), …], else the earlier.
        int Due(string[] r)
        {
            var priority = r[9].Trim() switch { "0-1" => (0, 1), "1-5" => (1, 5), "6-10" => (6, 10), "11-20" => (11, 20), _ => (20, 50) };
            int? advice = r[8] switch { "Arbre à abattre immédiatement" => 0, "Arbre à abattre dans les 5 ans" => 5, "Arbre à abattre dans les 10 ans" => 10, _ => null };
            var min = advice is not { } n ? priority.Item1 : priority.Item1 <= n ? priority.Item1 : 0;
            return int.Parse(r[2], CultureInfo.InvariantCulture) + min;
        }

        var offsets = rows.Select(r => Math.Max(0, Due(r) - 2026)).ToList();
        var overdue = rows.Count(r => Due(r) < 2026);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(rows.Count, root.GetProperty("arbresEnPlace").GetInt32());
        Assert.Equal("grenoble", root.GetProperty("colonnesEtat").GetString());
        var plan = root.GetProperty("remplacement").GetProperty("plan").EnumerateArray().ToList();
        Assert.Equal(5, plan.Count);
        Assert.Equal(Enumerable.Range(0, 5).Select(y => (double)offsets.Count(o => o == y)), plan.Select(p => p.GetProperty("abattus").GetDouble()));
        Assert.Equal(overdue, root.GetProperty("remplacement").GetProperty("enRetard").GetDouble());
        Assert.Equal(offsets.Count(o => o < 5) * 2300.0, root.GetProperty("remplacement").GetProperty("coutTotal").GetProperty("valeur").GetDouble());
        var platanus = rows.Count(r => r[7] == "Platanus");
        var chancre = root.GetProperty("menaces").GetProperty("menaces").EnumerateArray().Single(t => t.GetProperty("menace").GetString() == "chancre coloré du platane");
        Assert.Equal(platanus, chancre.GetProperty("arbres").GetProperty("valeur").GetDouble());
        Assert.Contains("Ceratocystis platani", chancre.GetProperty("sources").EnumerateArray().First().GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("carbone").GetProperty("sequestration").GetProperty("valeur").ValueKind);
        Assert.False(root.GetProperty("carbone").TryGetProperty("arbres", out _)); // per-tree values only with --arbres
    }

    [Fact]
    public async Task Table_shows_every_section_in_french_with_non_calculable_figures_and_their_reason()
    {
        await using var cli = await CliHarness.StartAsync();

        var (exitCode, output) = await cli.RunAsync("arbres", "indicateurs", "--fichier", Inventory("saint-quentin_data_arbre.csv"), "--correspondance", "saint-quentin",
            "--plantations", "50", "--croissance", "0,5");

        Assert.True(exitCode == 0, output);
        foreach (var section in new[] { "1. Structure", "2. Menaces sanitaires connues", "3. Carbone et canopée", "4. Valeur d'agrément (barème VIE)", "5. Potentiel allergisant des pollens", "6. Plan de remplacement", "7. Essences à planter" })
        {
            Assert.Contains(section, output, StringComparison.Ordinal);
        }

        Assert.Contains("Surface de canopée : non calculable — Diamètre du houppier non renseigné", output, StringComparison.Ordinal);
        Assert.Contains("Valeur d'agrément (barème VIE) : non calculable", output, StringComparison.Ordinal);
        Assert.Contains("croissance diamétrale annuelle = 0,5 cm/an", output, StringComparison.Ordinal);
        Assert.Contains("Incertitude : Équations établies en forêt", output, StringComparison.Ordinal);
        Assert.Contains($"année de référence {TimeProvider.System.GetLocalNow().Year.ToString(CultureInfo.InvariantCulture)}", output, StringComparison.Ordinal);
        Assert.Contains("50 arbres à planter", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_horizon_or_an_unknown_condition_file_exits_1_with_a_french_message()
    {
        await using var cli = await CliHarness.StartAsync();
        var path = Inventory("saint-quentin_data_arbre.csv");

        var (horizon, horizonText) = await cli.RunAsync("arbres", "indicateurs", "--fichier", path, "--correspondance", "saint-quentin", "--horizon", "0");
        var (states, statesText) = await cli.RunAsync("arbres", "indicateurs", "--fichier", path, "--correspondance", "saint-quentin", "--etat", "absent.json");
        var (column, columnText) = await cli.RunAsync("arbres", "indicateurs", "--fichier", path, "--correspondance", "saint-quentin", "--etat", "grenoble");
        var (cost, costText) = await cli.RunAsync("arbres", "indicateurs", "--fichier", path, "--cout-abattage", "huit cents");

        Assert.Equal(1, horizon);
        Assert.Contains("--horizon : 0 ; attendu un nombre d'années ≥ 1.", horizonText, StringComparison.Ordinal);
        Assert.Equal(1, states);
        Assert.Contains("Colonnes d'état « absent.json » introuvables", statesText, StringComparison.Ordinal);
        Assert.Equal(1, column);
        Assert.Contains("colonne « STADEDEDEVELOPPEMENT » absente", columnText, StringComparison.Ordinal);
        Assert.Equal(1, cost);
        Assert.Contains("--cout-abattage : « huit cents » n'est pas un nombre positif ou nul", costText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plants_per_felled_tree_written_the_french_way_is_one_half_not_five()
    {
        await using var cli = await CliHarness.StartAsync();
        var path = Inventory("grenoble_defi_egc_2017.csv");

        var (exitCode, output) = await cli.RunAsync("arbres", "indicateurs", "--fichier", path, "--correspondance", "grenoble", "--format", "json",
            "--annee", "2026", "--horizon", "5", "--plantes-par-abattu", "0,5");

        Assert.True(exitCode == 0, output);
        using var json = JsonDocument.Parse(output);
        var plan = json.RootElement.GetProperty("remplacement").GetProperty("plan").EnumerateArray().ToList();
        Assert.Contains(plan, y => y.GetProperty("abattus").GetDouble() > 0); // the check below would pass on an empty plan
        foreach (var year in plan)
        {
            Assert.Equal(year.GetProperty("abattus").GetDouble() / 2, year.GetProperty("plantes").GetDouble(), 9);
        }
    }

    [Theory]
    [InlineData("--plantes-par-abattu", "0,5x", "--plantes-par-abattu : « 0,5x » n'est pas un nombre strictement positif")]
    [InlineData("--plantes-par-abattu", "0", "--plantes-par-abattu : « 0 » n'est pas un nombre strictement positif")]
    [InlineData("--annees-entretien", "-2", "--annees-entretien : -2 ; attendu un nombre d'années ≥ 0.")]
    [InlineData("--croissance", "Infinity", "--croissance : « Infinity » n'est pas un nombre positif ou nul")]
    [InlineData("--croissance", "NaN", "--croissance : « NaN » n'est pas un nombre positif ou nul")]
    [InlineData("--cout-plantation", "Infinity", "--cout-plantation : « Infinity » n'est pas un nombre positif ou nul")]
    public async Task A_zero_ratio_negative_aftercare_or_non_finite_number_exits_1_with_a_french_message(string option, string value, string message)
    {
        await using var cli = await CliHarness.StartAsync();

        var (exitCode, output) = await cli.RunAsync("arbres", "indicateurs", "--fichier", Inventory("saint-quentin_data_arbre.csv"), "--correspondance", "saint-quentin",
            option + "=" + value);

        Assert.Equal(1, exitCode);
        Assert.Contains(message, output, StringComparison.Ordinal);
    }
}
