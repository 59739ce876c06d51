using System.Runtime.InteropServices;
using CoeurDeVille.Modules.Biodiversity.Sensitivity;

namespace CoeurDeVille.Modules.Biodiversity.Store;

/// <summary>
/// Builds a territory's aggregates in memory from one sequential pass over its observations, instead of eight
/// <c>GROUP BY … COUNT(DISTINCT …)</c> statements that each sort the million rows again (measured: the SQL rebuild was
/// most of the import). Same rules as the SQL it replaces: a record counts only when present, not deleted, with a
/// CD_REF, and in a figure only when its sensitivity allows the figure's grain (communes and territory lists ≤ 1,
/// 10 km cells and phenology ≤ 2, 1 km cells 0). Distinct counts use one set of (group, value) pairs per measure.
/// </summary>
internal sealed class AtlasAggregator
{
    private readonly Dictionary<int, TaxonTotal> _taxa = [];
    private readonly Dictionary<(int CdRef, int Month), long> _months = [];
    private readonly Dictionary<string, GroupTotal> _communes = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Insee, int CdRef), PairTotal> _communeTaxa = [];
    private readonly Dictionary<(int Size, string Cell), GroupTotal> _cells = [];
    private readonly Dictionary<(int CdRef, int Size, string Cell), PairTotal> _cellTaxa = [];
    private readonly Dictionary<string, int> _observers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _communeIds = new(StringComparer.Ordinal);
    private readonly HashSet<long> _taxonCommunes = new(MixedLongComparer.Instance);
    private readonly HashSet<long> _groupTaxa = new(MixedLongComparer.Instance);
    private readonly HashSet<long> _groupObservers = new(MixedLongComparer.Instance);
    private readonly HashSet<long> _groupDays = new(MixedLongComparer.Instance);
    private SortedTables? _sorted;

    public void Add(int cdRef, string? insee, string? cell10, string? cell1, int? day, int? month, string? observer, int sensitivity)
    {
        var observerId = observer is null ? -1 : Intern(_observers, observer);
        if (sensitivity <= SensitivityLevels.MaxForCommune)
        {
            ref var taxon = ref CollectionsMarshal.GetValueRefOrAddDefault(_taxa, cdRef, out _);
            taxon.Observations++;
            taxon.FirstDay = Min(taxon.FirstDay, day);
            taxon.LastDay = Max(taxon.LastDay, day);
            if (insee is not null)
            {
                if (_taxonCommunes.Add(((long)cdRef << 32) | (uint)Intern(_communeIds, insee)))
                {
                    taxon.Communes++;
                }

                ref var commune = ref CollectionsMarshal.GetValueRefOrAddDefault(_communes, insee, out var had);
                if (!had)
                {
                    commune.Id = _communes.Count;
                }

                Count(ref commune, cdRef, day, observerId);
                ref var pair = ref CollectionsMarshal.GetValueRefOrAddDefault(_communeTaxa, (insee, cdRef), out _);
                pair.Observations++;
                pair.LastDay = Max(pair.LastDay, day);
            }
        }

        if (sensitivity <= SensitivityLevels.MaxForTenKilometres && month is { } m)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(_months, (cdRef, m), out _)++;
        }

        if (cell10 is not null && sensitivity <= SensitivityLevels.MaxForTenKilometres)
        {
            AddCell(10, cell10, cdRef, day, observerId);
        }

        if (cell1 is not null && sensitivity <= SensitivityLevels.MaxForOneKilometre)
        {
            AddCell(1, cell1, cdRef, day, observerId);
        }
    }

    private void AddCell(int size, string cell, int cdRef, int? day, int observerId)
    {
        ref var group = ref CollectionsMarshal.GetValueRefOrAddDefault(_cells, (size, cell), out var had);
        if (!had)
        {
            // Ids shared with communes' in the distinct sets: cells start after a gap no commune count reaches.
            group.Id = 1_000_000 + _cells.Count;
        }

        Count(ref group, cdRef, day, observerId);
        ref var pair = ref CollectionsMarshal.GetValueRefOrAddDefault(_cellTaxa, (cdRef, size, cell), out _);
        pair.Observations++;
        pair.LastDay = Max(pair.LastDay, day);
    }

    private void Count(ref GroupTotal group, int cdRef, int? day, int observerId)
    {
        group.Observations++;
        group.LastDay = Max(group.LastDay, day);
        var key = (long)group.Id << 32;
        group.Taxa += _groupTaxa.Add(key | (uint)cdRef) ? 1 : 0;
        if (observerId >= 0)
        {
            group.Observers += _groupObservers.Add(key | (uint)observerId) ? 1 : 0;
        }

        if (day is { } d)
        {
            group.Days += _groupDays.Add(key | (uint)d) ? 1 : 0;
        }
    }

    /// <summary>
    /// Sorts every table on its key (so inserts append to the B-trees). Called on the reading thread as soon as the last
    /// row is tallied, while the writer still drains the rows in flight; <see cref="Tables"/> sorts if it was not.
    /// </summary>
    public void Sort() => _sorted ??= new SortedTables(
        Sorted(_taxa, (a, b) => a.Key.CompareTo(b.Key)),
        Sorted(_months, (a, b) => a.Key.CompareTo(b.Key)),
        Sorted(_communes, (a, b) => string.CompareOrdinal(a.Key, b.Key)),
        Sorted(_communeTaxa, (a, b) => string.CompareOrdinal(a.Key.Insee, b.Key.Insee) is var c && c != 0 ? c : a.Key.CdRef.CompareTo(b.Key.CdRef)),
        Sorted(_cellTaxa, (a, b) => a.Key.CdRef != b.Key.CdRef ? a.Key.CdRef.CompareTo(b.Key.CdRef)
            : a.Key.Size != b.Key.Size ? a.Key.Size.CompareTo(b.Key.Size) : string.CompareOrdinal(a.Key.Cell, b.Key.Cell)),
        Sorted(_cells, (a, b) => a.Key.Size != b.Key.Size ? a.Key.Size.CompareTo(b.Key.Size) : string.CompareOrdinal(a.Key.Cell, b.Key.Cell)));

    /// <summary>Rows of each aggregate table (territory code first), sorted on the table's key so inserts append.</summary>
    public IEnumerable<AggregateTable> Tables(string territory)
    {
        Sort();
        var sorted = _sorted!;
        yield return new("bio_territory_taxa", "territory_code, cd_ref, observations, communes, first_day, last_day",
            sorted.Taxa.Select(p => new object?[] { territory, p.Key, p.Value.Observations, p.Value.Communes, p.Value.FirstDay, p.Value.LastDay }));
        yield return new("bio_taxon_months", "territory_code, cd_ref, month, observations",
            sorted.Months.Select(p => new object?[] { territory, p.Key.CdRef, p.Key.Month, p.Value }));
        yield return new("bio_commune_stats", "territory_code, insee, species, observations, observers, observation_days, last_day",
            sorted.Communes.Select(p => new object?[]
                { territory, p.Key, p.Value.Taxa, p.Value.Observations, p.Value.Observers, p.Value.Days, p.Value.LastDay }));
        yield return new("bio_commune_taxa", "territory_code, insee, cd_ref, observations, last_day",
            sorted.CommuneTaxa.Select(p => new object?[] { territory, p.Key.Insee, p.Key.CdRef, p.Value.Observations, p.Value.LastDay }));
        yield return new("bio_cell_taxa", "territory_code, cd_ref, size_km, cell, observations, last_day",
            sorted.CellTaxa.Select(p => new object?[] { territory, p.Key.CdRef, p.Key.Size, p.Key.Cell, p.Value.Observations, p.Value.LastDay }));
        yield return new("bio_cell_stats", "territory_code, size_km, cell, species, observations, observation_days, observers",
            sorted.Cells.Select(p => new object?[]
                { territory, p.Key.Size, p.Key.Cell, p.Value.Taxa, p.Value.Observations, p.Value.Days, p.Value.Observers }));
    }

    private static KeyValuePair<TKey, TValue>[] Sorted<TKey, TValue>(Dictionary<TKey, TValue> source, Comparison<KeyValuePair<TKey, TValue>> order)
        where TKey : notnull
    {
        var pairs = source.ToArray();
        Array.Sort(pairs, order);
        return pairs;
    }

    private static int Intern(Dictionary<string, int> ids, string value)
    {
        ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(ids, value, out var had);
        if (!had)
        {
            id = ids.Count - 1;
        }

        return id;
    }

    private static int? Min(int? a, int? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);

    private static int? Max(int? a, int? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);

    private struct TaxonTotal
    {
        public long Observations;
        public int Communes;
        public int? FirstDay;
        public int? LastDay;
    }

    private struct GroupTotal
    {
        public int Id;
        public long Observations;
        public int Taxa;
        public int Observers;
        public int Days;
        public int? LastDay;
    }

    private struct PairTotal
    {
        public long Observations;
        public int? LastDay;
    }

    private sealed record SortedTables(
        KeyValuePair<int, TaxonTotal>[] Taxa,
        KeyValuePair<(int CdRef, int Month), long>[] Months,
        KeyValuePair<string, GroupTotal>[] Communes,
        KeyValuePair<(string Insee, int CdRef), PairTotal>[] CommuneTaxa,
        KeyValuePair<(int CdRef, int Size, string Cell), PairTotal>[] CellTaxa,
        KeyValuePair<(int Size, string Cell), GroupTotal>[] Cells);
}
