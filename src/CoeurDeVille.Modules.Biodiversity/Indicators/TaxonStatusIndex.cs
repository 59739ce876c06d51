using System.Globalization;
using System.Text;
using CoeurDeVille.Modules.Biodiversity.Taxonomy;

namespace CoeurDeVille.Modules.Biodiversity.Indicators;

/// <summary>
/// Which reference taxa (CD_REF) are heritage or invasive, from BDC statuts rows (<see cref="BdcStatusReader"/>).
/// The rules are stated in <see cref="IndicatorMethods.Heritage"/> and <see cref="IndicatorMethods.Invasive"/>:
/// heritage = protected, threatened on a red list (CR, EN, VU), listed in the Habitats (II, IV) or Birds (I) directive,
/// or ZNIEFF-determinant; invasive = TAXREF biogeographic status J or a status about invasive alien species.
/// Rows without CD_NOM or CD_REF (TAXREF API responses, already per taxon) cannot be attributed and are skipped.
/// </summary>
public sealed class TaxonStatusIndex
{
    private static readonly HashSet<string> Threatened = new(["CR", "CR*", "EN", "VU"], StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> DirectiveAnnexes = new(["CDH2", "CDH4", "CDO1"], StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<int, List<string>> _heritage = [];
    private readonly Dictionary<int, List<string>> _invasive = [];

    /// <param name="statuses">BDC statuts rows.</param>
    /// <param name="taxonomy">Resolves each row's CD_NOM to today's CD_REF (a status listed under a synonym counts for its taxon).</param>
    /// <param name="locations">When given, only rows whose CD_SIG (locationId) is listed count (e.g. TERFXFR, INSEED76): statuses of Guyane do not make a Normandy taxon heritage.</param>
    public TaxonStatusIndex(IEnumerable<BdcStatus> statuses, TaxonomyReference? taxonomy = null, IReadOnlyCollection<string>? locations = null)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        var places = locations is { Count: > 0 } ? new HashSet<string>(locations, StringComparer.OrdinalIgnoreCase) : null;
        foreach (var status in statuses)
        {
            var reference = (status.CdNom is { } nom ? taxonomy?.ReferenceOf(nom) : null) ?? status.CdRef ?? status.CdNom;
            if (reference is not { } cdRef || (places is not null && (status.LocationId is null || !places.Contains(status.LocationId))))
            {
                continue;
            }

            var reason = $"{status.TypeName} : {status.Code}{(status.LocationName is { } place ? $" ({place})" : "")}";
            if (IsHeritage(status))
            {
                Add(_heritage, cdRef, reason);
            }

            if (IsInvasive(status))
            {
                Add(_invasive, cdRef, reason);
            }
        }
    }

    public int HeritageCount => _heritage.Count;

    public int InvasiveCount => _invasive.Count;

    public bool IsHeritage(int cdRef) => _heritage.ContainsKey(cdRef);

    public bool IsInvasive(int cdRef) => _invasive.ContainsKey(cdRef);

    /// <summary>The statuses that make a taxon heritage (type : code (place)), empty when it is not.</summary>
    public IReadOnlyList<string> HeritageReasons(int cdRef) => _heritage.TryGetValue(cdRef, out var reasons) ? reasons : [];

    public IReadOnlyList<string> InvasiveReasons(int cdRef) => _invasive.TryGetValue(cdRef, out var reasons) ? reasons : [];

    internal static bool IsHeritage(BdcStatus status)
    {
        var group = Fold(status.TypeGroup);
        var type = Fold(status.TypeName);
        return group == "protection" || type.StartsWith("protection", StringComparison.Ordinal)
            || ((group == "liste rouge" || type.StartsWith("liste rouge", StringComparison.Ordinal)) && Threatened.Contains(status.Code.Trim()))
            || DirectiveAnnexes.Contains(status.Code.Trim())
            || type.Contains("znieff", StringComparison.Ordinal);
    }

    internal static bool IsInvasive(BdcStatus status)
    {
        var type = Fold(status.TypeName);
        return (type.Contains("biogeographique", StringComparison.Ordinal) && status.Code.Trim().Equals("J", StringComparison.OrdinalIgnoreCase))
            || Fold(status.Label).Contains("envahissant", StringComparison.Ordinal)
            || type.Contains("envahissant", StringComparison.Ordinal);
    }

    private static void Add(Dictionary<int, List<string>> index, int cdRef, string reason)
    {
        if (!index.TryGetValue(cdRef, out var reasons))
        {
            index[cdRef] = reasons = [];
        }

        if (!reasons.Contains(reason))
        {
            reasons.Add(reason);
        }
    }

    private static string Fold(string? text)
    {
        var decomposed = (text ?? "").Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
