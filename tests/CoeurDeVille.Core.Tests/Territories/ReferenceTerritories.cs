using CoeurDeVille.Core.Territories;
using CoeurDeVille.TestSupport;

namespace CoeurDeVille.Core.Tests.Territories;

/// <summary>The COG 2026 directory of the shared reference data (read once, by TestSupport) and its file paths.</summary>
internal static class ReferenceTerritories
{
    public static TerritoryDirectory Directory => TestTerritories.Directory;

    public static string DecoupageFile(string name) => SharedData.PathOf("territories", "decoupage-administratif", name);

    public static string ContoursFolder => SharedData.PathOf("territories", "france-geojson");
}
