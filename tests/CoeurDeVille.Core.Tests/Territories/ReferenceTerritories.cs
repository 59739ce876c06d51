using CoeurDeVille.Core.Territories;
using CoeurDeVille.TestSupport;

namespace CoeurDeVille.Core.Tests.Territories;

/// <summary>The COG 2026 directory of the shared reference data, read once per test run.</summary>
internal static class ReferenceTerritories
{
    private static readonly Lazy<TerritoryDirectory> Lazy = new(Load);

    public static TerritoryDirectory Directory => Lazy.Value;

    public static string DecoupageFile(string name) => SharedData.PathOf("territories", "decoupage-administratif", name);

    public static string ContoursFolder => SharedData.PathOf("territories", "france-geojson");

    private static TerritoryDirectory Load()
    {
        using var communes = File.OpenRead(DecoupageFile("communes.json"));
        using var epci = File.OpenRead(DecoupageFile("epci.json"));
        using var departements = File.OpenRead(DecoupageFile("departements.json"));
        using var regions = File.OpenRead(DecoupageFile("regions.json"));
        return DecoupageAdministratifReader.Read(communes, epci, departements, regions);
    }
}
