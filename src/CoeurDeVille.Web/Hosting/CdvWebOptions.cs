namespace CoeurDeVille.Web.Hosting;

/// <summary>The <c>Cdv</c> configuration section of the web host (appsettings.json, <c>CDV__…</c> variables).</summary>
public sealed class CdvWebOptions
{
    public const string Section = "Cdv";

    /// <summary>Folder of the SQLite file and local data; empty = <c>~/.local/share/coeurdeville</c>.</summary>
    public string? DataFolder { get; set; }

    /// <summary><c>Data Source=…</c> (SQLite, relative to the data folder) or <c>Host=…;Database=…</c> (PostgreSQL).</summary>
    public string Database { get; set; } = "Data Source=coeurdeville.db";

    /// <summary>Public base URL used in the DCAT URIs; empty = scheme and host of each request.</summary>
    public string? BaseUri { get; set; }

    /// <summary>Loads a small demo inventory at startup.</summary>
    public bool SeedDemo { get; set; }

    public CdvCatalogueOptions Catalogue { get; set; } = new();

    /// <summary>The data folder, defaulting to the user's local data folder.</summary>
    public string ResolvedDataFolder() =>
        string.IsNullOrWhiteSpace(DataFolder)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "coeurdeville")
            : DataFolder;
}
