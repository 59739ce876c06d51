using NetTopologySuite.Geometries;

namespace CoeurDeVille.Core.Territories.Contours;

/// <summary>Builds today's communes of a département from the features of an older COG.</summary>
internal sealed class ContourBuilder(TerritoryDirectory directory, IReadOnlyDictionary<string, List<string>> otherCodesOf)
{
    public DepartementContours Build(Departement departement, IReadOnlyDictionary<string, Geometry> features)
    {
        var communes = new Dictionary<string, Geometry>(StringComparer.Ordinal);
        var direct = new List<string>();
        var rebuilt = new List<RebuiltCommune>();
        var missing = new List<string>();
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var commune in directory.CommunesOfDepartement(departement.Code).OrderBy(c => c.Code, StringComparer.Ordinal))
        {
            var parts = PartsOf(commune).Where(features.ContainsKey).ToList();
            claimed.UnionWith(parts);
            if (parts.Count == 0)
            {
                missing.Add(commune.Code);
                continue;
            }

            if (parts is [var only] && only == commune.Code)
            {
                direct.Add(commune.Code);
                communes[commune.Code] = features[only];
                continue;
            }

            rebuilt.Add(new RebuiltCommune(commune.Code, parts));
            communes[commune.Code] = PerimeterGeometry.Union(parts.Select(part => features[part]))!;
        }

        var unused = features.Keys.Where(code => !claimed.Contains(code)).Order(StringComparer.Ordinal).ToList();
        var report = new ContourBuildReport(departement.Code, departement.Name, direct, rebuilt, missing, unused);
        return new DepartementContours(communes, report);
    }

    /// <summary>
    /// Own code, then COG former codes, then codes the directory maps to the commune — without codes that are
    /// current communes themselves (a commune restored after a merge keeps its own contour).
    /// </summary>
    private IEnumerable<string> PartsOf(Commune commune)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { commune.Code };
        yield return commune.Code;
        var others = commune.FormerCodes.Concat(otherCodesOf.GetValueOrDefault(commune.Code) ?? []);
        foreach (var code in others)
        {
            if (seen.Add(code) && directory.FindCommune(code) is null)
            {
                yield return code;
            }
        }
    }
}
