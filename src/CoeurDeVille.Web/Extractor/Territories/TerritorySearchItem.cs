using CoeurDeVille.Core.Territories;

namespace CoeurDeVille.Web.Extractor.Territories;

/// <summary>One autocomplete answer of <c>GET /api/v1/territoires/recherche</c>.</summary>
/// <param name="Value">What to send back as <c>territoire</c>: <c>commune:30007</c>.</param>
public sealed record TerritorySearchItem(string Code, string Kind, string Name, string? Departement, int? Population, string Detail, string Value)
{
    public static TerritorySearchItem From(TerritoryDirectory directory, TerritoryMatch match)
    {
        switch (match.Kind)
        {
            case TerritoryKind.Commune:
                var commune = directory.FindCommune(match.Code)!;
                return new(match.Code, "commune", match.Name, commune.DepartementCode, commune.Population, match.Detail, "commune:" + match.Code);
            case TerritoryKind.Epci:
                var epci = directory.FindEpci(match.Code)!;
                var departements = epci.MemberCodes.Select(c => directory.FindCommune(c)?.DepartementCode).Where(d => d is not null).Distinct().ToList();
                return new(match.Code, "epci", match.Name, departements.Count == 1 ? departements[0] : null, epci.Population, match.Detail, "epci:" + match.Code);
            case TerritoryKind.Departement:
                return new(match.Code, "departement", match.Name, match.Code, directory.CommunesOfDepartement(match.Code).Sum(c => c.Population), match.Detail, "departement:" + match.Code);
            default:
                return new(match.Code, "region", match.Name, null, null, match.Detail, "region:" + match.Code);
        }
    }
}
