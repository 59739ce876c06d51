using CoeurDeVille.Core.Text;

namespace CoeurDeVille.Core.Territories;

/// <summary>
/// Every French commune, EPCI, département and région of one COG vintage, with the maps that turn an
/// old or odd code (former commune, municipal arrondissement, code that lost its leading zero) into
/// today's commune.
/// </summary>
public sealed class TerritoryDirectory
{
    private readonly Dictionary<string, Commune> _communes;
    private readonly Dictionary<string, Epci> _epcis;
    private readonly Dictionary<string, Departement> _departements;
    private readonly Dictionary<string, Region> _regions;
    private readonly Dictionary<string, string> _formerToCurrent;
    private readonly Dictionary<string, string> _arrondissementToCommune;
    // Folding 37,000 names takes a while and only searches need it.
    private readonly Lazy<List<(string Normalized, TerritoryKind Kind, string Code)>> _names;

    public TerritoryDirectory(
        IEnumerable<Commune> communes,
        IEnumerable<Epci> epcis,
        IEnumerable<Departement> departements,
        IEnumerable<Region> regions,
        IReadOnlyDictionary<string, string> formerToCurrent,
        IReadOnlyDictionary<string, string> arrondissementToCommune)
    {
        _communes = communes.ToDictionary(c => c.Code, StringComparer.Ordinal);
        _epcis = epcis.ToDictionary(e => e.Siren, StringComparer.Ordinal);
        _departements = departements.ToDictionary(d => d.Code, StringComparer.Ordinal);
        _regions = regions.ToDictionary(r => r.Code, StringComparer.Ordinal);
        // A délégated commune may keep its chef-lieu's code: a current code always wins.
        _formerToCurrent = formerToCurrent
            .Where(pair => !_communes.ContainsKey(pair.Key) && _communes.ContainsKey(pair.Value))
            .ToDictionary(StringComparer.Ordinal);
        _arrondissementToCommune = arrondissementToCommune.ToDictionary(StringComparer.Ordinal);
        _names = new(() =>
        [
            .. _communes.Values.Select(c => (NameNormalizer.Normalize(c.Name), TerritoryKind.Commune, c.Code)),
            .. _epcis.Values.Select(e => (NameNormalizer.Normalize(e.Name), TerritoryKind.Epci, e.Siren)),
            .. _departements.Values.Select(d => (NameNormalizer.Normalize(d.Name), TerritoryKind.Departement, d.Code)),
            .. _regions.Values.Select(r => (NameNormalizer.Normalize(r.Name), TerritoryKind.Region, r.Code)),
        ]);
    }

    public IEnumerable<Commune> Communes => _communes.Values;

    public IEnumerable<Epci> Epcis => _epcis.Values;

    public IEnumerable<Departement> Departements => _departements.Values;

    public IEnumerable<Region> Regions => _regions.Values;

    /// <summary>Former commune code → current commune code.</summary>
    public IReadOnlyDictionary<string, string> FormerCodes => _formerToCurrent;

    /// <summary>Municipal arrondissement code → commune code (75101 → 75056).</summary>
    public IReadOnlyDictionary<string, string> Arrondissements => _arrondissementToCommune;

    public Commune? FindCommune(string code) => _communes.GetValueOrDefault(code);

    public Epci? FindEpci(string siren) => _epcis.GetValueOrDefault(siren);

    public Departement? FindDepartement(string code) => _departements.GetValueOrDefault(code);

    public Region? FindRegion(string code) => _regions.GetValueOrDefault(code);

    /// <summary>
    /// Maps a commune code as found in a source to a current commune: pads codes that lost their leading
    /// zero ("1004" → "01004"), follows merges and municipal arrondissements.
    /// </summary>
    public CommuneCodeResolution Resolve(string rawCode, out string currentCode)
    {
        var code = CommuneCodes.Normalize(rawCode);
        if (_communes.ContainsKey(code))
        {
            currentCode = code;
            return CommuneCodeResolution.Current;
        }

        if (_formerToCurrent.TryGetValue(code, out var merged))
        {
            currentCode = merged;
            return CommuneCodeResolution.Former;
        }

        if (_arrondissementToCommune.TryGetValue(code, out var parent))
        {
            currentCode = parent;
            return CommuneCodeResolution.Arrondissement;
        }

        currentCode = code;
        return CommuneCodeResolution.Unknown;
    }

    /// <summary>Current communes of a département.</summary>
    public IEnumerable<Commune> CommunesOfDepartement(string departementCode) =>
        _communes.Values.Where(c => c.DepartementCode == departementCode);

    /// <summary>
    /// Searches names and codes, accents and case ignored: exact matches first, then names that start
    /// with the query, then names that contain it, then near misses (typos) — larger territories first among equals.
    /// </summary>
    public IReadOnlyList<TerritoryMatch> Search(string query, int limit = 10)
    {
        var trimmed = query.Trim();
        var byCode = FindByCode(trimmed).ToList();
        var normalized = NameNormalizer.Normalize(trimmed);
        if (normalized.Length == 0)
        {
            return byCode;
        }

        var maxTypos = normalized.Length <= 4 ? 1 : normalized.Length <= 8 ? 2 : 3;
        var scored = new List<(int Score, TerritoryKind Kind, string Code)>();
        foreach (var (name, kind, code) in _names.Value)
        {
            int score;
            if (name == normalized)
            {
                score = 0;
            }
            else if (name.StartsWith(normalized, StringComparison.Ordinal))
            {
                score = 1;
            }
            else if (name.Contains(normalized, StringComparison.Ordinal))
            {
                score = 2;
            }
            else
            {
                var distance = EditDistance.Compute(name, normalized, maxTypos);
                if (distance > maxTypos)
                {
                    continue;
                }

                score = 2 + distance;
            }

            scored.Add((score, kind, code));
        }

        var ranked = scored
            .OrderBy(s => s.Score)
            .ThenByDescending(s => PopulationOf(s.Kind, s.Code))
            .Select(s => Describe(s.Kind, s.Code, s.Score))
            .Take(limit);
        return [.. byCode, .. ranked.Where(r => !byCode.Any(c => c.Kind == r.Kind && c.Code == r.Code))];
    }

    /// <summary>Describes one territory for a listing (name, code, EPCI and département of a commune…).</summary>
    public TerritoryMatch Describe(TerritoryKind kind, string code, int distance = 0)
    {
        switch (kind)
        {
            case TerritoryKind.Commune:
                var commune = _communes[code];
                var epci = commune.EpciSiren is { } siren ? _epcis.GetValueOrDefault(siren) : null;
                var departement = _departements.GetValueOrDefault(commune.DepartementCode);
                var detail = string.Join(" · ", new[]
                {
                    $"{commune.Population:N0} hab.".Replace('\u202f', ' '),
                    epci is null ? null : $"EPCI {epci.Name} ({epci.Siren})",
                    departement is null ? null : $"département {departement.Name} ({departement.Code})",
                }.Where(part => part is not null));
                return new TerritoryMatch(kind, code, commune.Name, detail, distance);
            case TerritoryKind.Epci:
                var e = _epcis[code];
                return new TerritoryMatch(kind, code, e.Name, $"{e.Kind}, {e.MemberCodes.Count} communes, {e.Population:N0} hab.".Replace('\u202f', ' '), distance);
            case TerritoryKind.Departement:
                var d = _departements[code];
                var region = _regions.GetValueOrDefault(d.RegionCode);
                return new TerritoryMatch(kind, code, d.Name, region is null ? "" : $"région {region.Name}", distance);
            default:
                var r = _regions[code];
                return new TerritoryMatch(kind, code, r.Name, "", distance);
        }
    }

    private IEnumerable<TerritoryMatch> FindByCode(string code)
    {
        if (code.Length is >= 4 and <= 5 && Resolve(code, out var current) != CommuneCodeResolution.Unknown)
        {
            yield return Describe(TerritoryKind.Commune, current);
        }

        if (_epcis.ContainsKey(code))
        {
            yield return Describe(TerritoryKind.Epci, code);
        }

        var departement = code.Length == 1 ? "0" + code : code.ToUpperInvariant();
        if (_departements.ContainsKey(departement))
        {
            yield return Describe(TerritoryKind.Departement, departement);
        }
    }

    private long PopulationOf(TerritoryKind kind, string code) => kind switch
    {
        TerritoryKind.Commune => _communes[code].Population,
        TerritoryKind.Epci => _epcis[code].Population,
        // Départements and régions rank above communes of the same name ("Gard", "Nord").
        _ => long.MaxValue,
    };
}
