namespace CoeurDeVille.Bench;

/// <summary>Locations of the reference data the bench reads: <c>shared/data</c> beside the repository, or <c>CDV_SHARED_DATA</c>.</summary>
internal static class SharedData
{
    public static readonly string Root = Path.Combine(Locate(), "territories");

    public static readonly string Communes = Root + "/decoupage-administratif/communes.json";

    public static readonly string Epcis = Root + "/decoupage-administratif/epci.json";

    public static readonly string CatNatSample = Root + "/catnat/catnat-decrees-sample-6dep.csv";

    public static readonly string GardContour = Root + "/france-geojson/departement-30-gard.geojson";

    private static string Locate()
    {
        if (Environment.GetEnvironmentVariable("CDV_SHARED_DATA") is { Length: > 0 } configured)
        {
            return configured;
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "data");
            if (File.Exists(Path.Combine(candidate, "README.md")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("shared/data introuvable : placez shared/ à côté du dépôt ou définissez CDV_SHARED_DATA.");
    }
}
