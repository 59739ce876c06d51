using CoeurDeVille.Modules.Trees.Indicators.Conditions;
using CoeurDeVille.Modules.Trees.Indicators.Replacement;
using Xunit;
using static CoeurDeVille.Modules.Trees.Tests.Indicators.IndicatorTrees;

namespace CoeurDeVille.Modules.Trees.Tests.Indicators;

public sealed class ReplacementPlannerTests
{
    // Trees 1..4 (source lines 2..5): horizons [0,0], [1,5], [6,10], none.
    private static readonly Dictionary<long, TreeCondition> Conditions = new()
    {
        [2] = new() { RemainingLife = new YearRange(0, 0) },
        [3] = new() { RemainingLife = new YearRange(1, 5) },
        [4] = new() { RemainingLife = new YearRange(6, 10) },
    };

    private static readonly IReadOnlyList<Inventory.TreeRecord> Trees = [Tree(1, "Acer"), Tree(2, "Acer"), Tree(3, "Acer"), Tree(4, "Acer")];

    [Fact]
    public void Earliest_rule_places_each_tree_in_the_first_year_of_its_horizon_and_costs_every_line()
    {
        var costs = new ReplacementCosts { Felling = 800, StumpRemoval = 200, Planting = 1000, Maintenance = 100, MaintenanceYears = 2, ReplantRatio = 2 };

        var plan = ReplacementPlanner.Plan(Trees, Conditions, 2026, 5, costs);

        Assert.Equal([1, 1, 0, 0, 0], plan.Plan.Select(y => y.Felled));
        Assert.Equal([2, 2, 0, 0, 0], plan.Plan.Select(y => y.Planted));
        Assert.Equal([0, 2, 4, 2, 0], plan.Plan.Select(y => y.InAftercare)); // 2 planted in 2026 cared for in 2027-2028, 2 of 2027 in 2028-2029
        // 2026: 1 × (800 + 200) + 2 × 1000 = 3000; 2027: 3000 + 2 × 100 = 3200; 2028: 4 × 100; 2029: 2 × 100.
        Assert.Equal([3000, 3200, 400, 200, 0], plan.Plan.Select(y => y.Cost!.Value));
        Assert.Equal(6800, plan.TotalCost.Value);
        Assert.Equal(2, plan.TotalFelled.Value);
        Assert.Equal(1, plan.BeyondHorizon); // the [6,10] tree, year 6 ≥ 5
        Assert.Equal(1, plan.Unplanned);
        Assert.Equal(2030, plan.Plan[^1].Year);
    }

    [Fact]
    public void Spread_rule_shares_a_tree_evenly_over_its_horizon()
    {
        var plan = ReplacementPlanner.Plan(Trees, Conditions, 2026, 8, new ReplacementCosts(), ReplacementRule.Spread);

        Assert.Equal([1, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2], plan.Plan.Select(y => Math.Round(y.Felled, 12)));
        Assert.Equal(0.6, plan.BeyondHorizon, 12); // years 8, 9, 10 of the [6,10] tree
        Assert.Equal(2.4, plan.TotalFelled.Value!.Value, 12);
    }

    [Fact]
    public void Missing_unit_costs_leave_the_cost_not_computable_and_name_them()
    {
        var plan = ReplacementPlanner.Plan(Trees, Conditions, 2026, 3, new ReplacementCosts { Felling = 500 });

        Assert.All(plan.Plan, y => Assert.Null(y.Cost));
        Assert.False(plan.TotalCost.Computed);
        Assert.Contains("coût d'essouchement, coût de plantation", plan.TotalCost.NotComputableReason, StringComparison.Ordinal);
        Assert.Equal(2, plan.TotalFelled.Value);
    }

    // Same trees, diagnosed in 2020, 2024 and 2022: due in 2020 ([0,0]), 2025-2029 ([1,5]), 2028-2032 ([6,10]).
    private static readonly Dictionary<long, TreeCondition> Diagnosed = new()
    {
        [2] = new() { RemainingLife = new YearRange(0, 0), DiagnosticYear = 2020 },
        [3] = new() { RemainingLife = new YearRange(1, 5), DiagnosticYear = 2024 },
        [4] = new() { RemainingLife = new YearRange(6, 10), DiagnosticYear = 2022 },
    };

    [Fact]
    public void Horizons_count_from_the_diagnostic_year_and_trees_already_due_are_overdue_in_the_first_year()
    {
        var plan = ReplacementPlanner.Plan(Trees, Diagnosed, 2026, 5, new ReplacementCosts());

        // 2020 and 2025 are before 2026: both overdue, counted in 2026; 2028 is year 2.
        Assert.Equal([2, 0, 1, 0, 0], plan.Plan.Select(y => y.Felled));
        Assert.Equal(2, plan.Overdue);
        Assert.Equal(0, plan.BeyondHorizon);
        Assert.Contains("Dont 2 arbres en retard (échéance du diagnostic antérieure à 2026), comptés en 2026.", plan.TotalFelled.Uncertainty, StringComparison.Ordinal);
    }

    [Fact]
    public void Spread_rule_counts_as_overdue_only_the_share_of_a_horizon_already_past()
    {
        var plan = ReplacementPlanner.Plan(Trees, Diagnosed, 2026, 5, new ReplacementCosts(), ReplacementRule.Spread);

        // [0,0] of 2020: 1 overdue. [1,5] of 2024: 2025 overdue, 2026-2029 at 0.2. [6,10] of 2022: 2028-2030 at 0.2, 2031-2032 beyond.
        Assert.Equal([1.4, 0.2, 0.4, 0.4, 0.2], plan.Plan.Select(y => Math.Round(y.Felled, 12)));
        Assert.Equal(1.2, plan.Overdue, 12);
        Assert.Equal(0.4, plan.BeyondHorizon, 12);
    }

    [Theory]
    [InlineData(0, 10, 6, 10, 6, 10)] // « à abattre dans les 10 ans » and priority « 6-10 »: both hold
    [InlineData(6, 10, 0, 10, 6, 10)]
    [InlineData(0, 1, 0, 10, 0, 1)]
    [InlineData(20, 50, 0, 5, 0, 5)] // contradictory: the earlier one
    [InlineData(0, 5, 20, 50, 0, 5)]
    [InlineData(1, 5, 0, 0, 0, 0)]
    public void Two_horizon_columns_give_their_intersection_or_else_the_earlier(int min1, int max1, int min2, int max2, int min, int max)
    {
        Assert.Equal(new YearRange(min, max), ConditionReader.Combine(new YearRange(min1, max1), new YearRange(min2, max2)));
    }
}
