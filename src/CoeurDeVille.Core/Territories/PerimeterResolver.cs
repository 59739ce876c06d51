namespace CoeurDeVille.Core.Territories;

/// <summary>Turns perimeter specs into perimeters, with "did you mean" suggestions for unknown codes or names.</summary>
public sealed class PerimeterResolver
{
    private readonly TerritoryDirectory _territories;

    public PerimeterResolver(TerritoryDirectory territories) => _territories = territories;

    /// <summary>Resolves an administrative perimeter (commune, EPCI, département, région). Names work too: <c>commune:ales</c>.</summary>
    public Perimeter Resolve(PerimeterSpec spec)
    {
        switch (spec.Kind)
        {
            case PerimeterSpecKind.Commune:
                var communeCode = FindCode(spec, TerritoryKind.Commune, code =>
                    _territories.Resolve(code, out var current) != CommuneCodeResolution.Unknown ? current : null);
                var commune = _territories.FindCommune(communeCode)!;
                return new Perimeter($"commune-{commune.Code}", $"{commune.Name} ({commune.Code})", spec.Kind, commune.Code, new HashSet<string> { commune.Code });
            case PerimeterSpecKind.Epci:
                var siren = FindCode(spec, TerritoryKind.Epci, code => _territories.FindEpci(code)?.Siren);
                var epci = _territories.FindEpci(siren)!;
                return new Perimeter($"epci-{epci.Siren}", $"{epci.Name} ({epci.Siren})", spec.Kind, epci.Siren, epci.MemberCodes.ToHashSet(StringComparer.Ordinal));
            case PerimeterSpecKind.Departement:
                var departementCode = FindCode(spec, TerritoryKind.Departement, code =>
                    _territories.FindDepartement(code.Length == 1 ? "0" + code : code.ToUpperInvariant())?.Code);
                var departement = _territories.FindDepartement(departementCode)!;
                return new Perimeter(
                    $"departement-{departement.Code}", $"{departement.Name} ({departement.Code})", spec.Kind, departement.Code,
                    _territories.CommunesOfDepartement(departement.Code).Select(c => c.Code).ToHashSet(StringComparer.Ordinal));
            case PerimeterSpecKind.Region:
                var regionCode = FindCode(spec, TerritoryKind.Region, code => _territories.FindRegion(code)?.Code);
                var region = _territories.FindRegion(regionCode)!;
                return new Perimeter(
                    $"region-{region.Code}", $"{region.Name} ({region.Code})", spec.Kind, region.Code,
                    _territories.Communes.Where(c => c.RegionCode == region.Code).Select(c => c.Code).ToHashSet(StringComparer.Ordinal));
            default:
                throw new ArgumentException("Un périmètre fichier se lit avec PerimeterFileReader.", nameof(spec));
        }
    }

    private string FindCode(PerimeterSpec spec, TerritoryKind kind, Func<string, string?> byCode)
    {
        if (byCode(spec.Value) is { } found)
        {
            return found;
        }

        var matches = _territories.Search(spec.Value, 20).Where(m => m.Kind == kind).ToList();
        if (matches.Count > 0 && matches[0].Distance == 0 && (matches.Count == 1 || matches[1].Distance > 0))
        {
            return matches[0].Code;
        }

        var noun = kind switch
        {
            TerritoryKind.Commune => "commune",
            TerritoryKind.Epci => "EPCI",
            TerritoryKind.Departement => "département",
            _ => "région",
        };
        var suggestions = matches.Count > 0 ? matches : _territories.Search(spec.Value, 5).ToList();
        var hint = suggestions.Count == 0
            ? " Cherchez-la avec : cdv territoires chercher NOM."
            : " Vouliez-vous dire : " + string.Join(" ; ", suggestions.Take(5).Select(s => $"{KindPrefix(s.Kind)}:{s.Code} ({s.Name})")) + " ?";
        var ambiguous = matches.Count > 1 && matches[0].Distance == 0 ? "ambigu" : "inconnu";
        throw new PerimeterException($"{noun} « {spec.Value} » {ambiguous}.{hint}");
    }

    private static string KindPrefix(TerritoryKind kind) => kind switch
    {
        TerritoryKind.Commune => "commune",
        TerritoryKind.Epci => "epci",
        TerritoryKind.Departement => "departement",
        _ => "region",
    };
}
