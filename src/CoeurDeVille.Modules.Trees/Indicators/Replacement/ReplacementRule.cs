namespace CoeurDeVille.Modules.Trees.Indicators.Replacement;

/// <summary>How a tree whose diagnostic gives a horizon « a to b years » is placed in the plan.</summary>
public enum ReplacementRule
{
    /// <summary>Replaced in year a: the prudent reading, the earliest date the diagnostic allows.</summary>
    Earliest,

    /// <summary>Spread evenly over years a to b (fractional counts): the expected workload when dates are unknown within the class.</summary>
    Spread,
}
