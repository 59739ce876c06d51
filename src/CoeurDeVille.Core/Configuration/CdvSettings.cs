namespace CoeurDeVille.Core.Configuration;

/// <summary>
/// Settings shared by the CLI and the web host, bound from <c>appsettings.json</c> and <c>CDV__…</c>
/// environment variables. Every national source is a configurable URL so tests can serve local copies.
/// </summary>
public sealed class CdvSettings
{
    /// <summary>Folder for the embedded database, the download cache and extracted territory files.</summary>
    public string DataFolder { get; set; } = DefaultDataFolder();

    public TerritorySettings Territoires { get; set; } = new();

    /// <summary>URL or path of the Action Cœur de Ville list (the ANCT <c>coeurdeville.js</c> or a CSV with <c>insee_com</c>).</summary>
    public string ActionCoeurDeVille { get; set; } =
        "https://raw.githubusercontent.com/anct-carto/action_coeur_de_ville/main/data/coeurdeville.js";

    /// <summary>Base URL that the <c>{base}</c> placeholder of the source registry's URLs stands for.</summary>
    public string? SourcesBaseUrl { get; set; }

    /// <summary>Extra source registry file merged over the built-in one.</summary>
    public string? SourcesFile { get; set; }

    /// <summary>Biodiversity atlas settings (<c>Cdv:Biodiversite</c>).</summary>
    public BiodiversitySettings Biodiversite { get; set; } = new();

    public string CacheFolder => Path.Combine(DataFolder, "cache");

    private static string DefaultDataFolder()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        return Path.Combine(string.IsNullOrEmpty(home) ? Path.GetTempPath() : home, "coeurdeville");
    }
}
