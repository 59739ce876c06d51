namespace CoeurDeVille.Web.Validation;

/// <summary>The <c>Cdv:Validation</c> and <c>Cdv:Schemas</c> settings of the validation page and API.</summary>
public sealed class CdvValidationOptions
{
    /// <summary>Largest accepted upload, in bytes (<c>Cdv:Validation:TailleMaxOctets</c>); 20 Mo by default.</summary>
    public long MaxUploadBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>Errors listed before validation stops, so a broken file gives a readable report.</summary>
    public int LimitErrors { get; set; } = 1000;

    /// <summary>The shared reference data folder (<c>Cdv:Schemas:DonneesPartagees</c>), root of the default schema folders.</summary>
    public string? SharedData { get; set; }

    /// <summary>Folders searched for Table Schemas (<c>Cdv:Schemas:Dossiers</c>); empty = the defaults under <see cref="SharedData"/>.</summary>
    public IReadOnlyList<string> Folders { get; set; } = [];

    /// <summary>The folders to read: the configured ones, or <c>standards/schemas</c> and <c>trees/schema-arbre</c> of the shared data.</summary>
    public IReadOnlyList<string> ResolvedFolders()
    {
        var configured = Folders.Where(f => !string.IsNullOrWhiteSpace(f)).ToList();
        if (configured.Count > 0)
        {
            return configured;
        }

        var shared = string.IsNullOrWhiteSpace(SharedData) ? Path.Combine("..", "shared", "data") : SharedData;
        return [Path.Combine(shared, "standards", "schemas"), Path.Combine(shared, "trees", "schema-arbre")];
    }
}
