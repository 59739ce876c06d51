using CoeurDeVille.Core.Territories;

namespace CoeurDeVille.TestSupport;

/// <summary>The COG 2026 territories read once from shared/data (the same files the npm package ships).</summary>
public static class TestTerritories
{
    private static readonly Lazy<TerritoryDirectory> Loaded = new(Load);

    public static TerritoryDirectory Directory => Loaded.Value;

    public static string DecoupageFolder => SharedData.PathOf("territories", "decoupage-administratif");

    private static TerritoryDirectory Load()
    {
        using var communes = File.OpenRead(Path.Combine(DecoupageFolder, "communes.json"));
        using var epci = File.OpenRead(Path.Combine(DecoupageFolder, "epci.json"));
        using var departements = File.OpenRead(Path.Combine(DecoupageFolder, "departements.json"));
        using var regions = File.OpenRead(Path.Combine(DecoupageFolder, "regions.json"));
        return DecoupageAdministratifReader.Read(communes, epci, departements, regions);
    }
}
