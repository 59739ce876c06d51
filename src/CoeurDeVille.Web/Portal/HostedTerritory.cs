namespace CoeurDeVille.Web.Portal;

/// <summary>One territory of the home page: its name and inventory figures.</summary>
public sealed record HostedTerritory(string Code, string Name, int Datasets, int Open)
{
    public double OpenShare => Datasets == 0 ? 0 : (double)Open / Datasets;
}
