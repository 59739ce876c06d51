using CoeurDeVille.Modules.Biodiversity.Taxonomy;

namespace CoeurDeVille.Modules.Biodiversity.Sensitivity;

/// <summary>
/// The sensitivity rules indexed by reference taxon, and the level of one observation. GeoNature's
/// <c>get_id_nomenclature_sensitivity</c> keeps the rules of the taxon whose territory contains the observation, whose
/// duration has not elapsed (<c>year(now) - duration ≤ year(observation)</c>) and whose biological-status criterion, if
/// any, is the observation's; of those we keep the most restrictive (highest) level, so that two overlapping
/// rules never publish more than the stricter one allows.
/// </summary>
public sealed class SensitivityReferential
{
    private readonly Dictionary<int, List<SensitivityRule>> _byCdRef = [];

    public SensitivityReferential(IEnumerable<SensitivityRule> rules, TaxonomyReference? taxonomy = null)
    {
        foreach (var rule in rules)
        {
            var cdRef = taxonomy?.ReferenceOf(rule.CdNom) ?? rule.CdNom;
            if (!_byCdRef.TryGetValue(cdRef, out var list))
            {
                _byCdRef[cdRef] = list = [];
            }

            list.Add(rule);
            Count++;
        }
    }

    public static SensitivityReferential Empty { get; } = new([]);

    public int Count { get; }

    /// <summary>The level (0–4) of an observation of <paramref name="cdRef"/> in <paramref name="departement"/> on <paramref name="date"/>.</summary>
    /// <param name="today">The import date: durations count from it.</param>
    public int LevelOf(int? cdRef, string? departement, DateOnly? date, string? biologicalStatus, DateOnly today)
    {
        if (cdRef is not { } key || !_byCdRef.TryGetValue(key, out var rules))
        {
            return SensitivityLevels.None;
        }

        var level = SensitivityLevels.None;
        foreach (var rule in rules)
        {
            if (rule.Level > level
                && string.Equals(rule.Departement, departement, StringComparison.OrdinalIgnoreCase)
                && (rule.BiologicalStatus is null || string.Equals(rule.BiologicalStatus, biologicalStatus, StringComparison.Ordinal))
                // Without a date the record cannot prove the rule has expired: it stays sensitive.
                && (rule.DurationYears is not { } years || date is not { } day || today.Year - years <= day.Year))
            {
                level = rule.Level;
            }
        }

        return level;
    }
}
