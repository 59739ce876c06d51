using CoeurDeVille.Modules.Biodiversity.Taxonomy;

namespace CoeurDeVille.Modules.Biodiversity.Store;

/// <summary>
/// Which BDC statuses make a taxon « patrimonial » (heritage) or invasive on the atlas pages. Heritage: protected,
/// in a European directive, or threatened / near threatened on a red list (UICN categories RE, CR, EN, VU, NT).
/// Invasive: TAXREF's biogeographic status J (« introduite envahissante ») or a regulation on invasive alien species.
/// </summary>
public static class StatusKinds
{
    private static readonly HashSet<string> Threatened = new(["RE", "CR", "EN", "VU", "NT"], StringComparer.OrdinalIgnoreCase);

    public static bool IsHeritage(BdcStatus status) =>
        status.TypeGroup is "Protection" or "Directives européennes"
        || (status.TypeGroup == "Liste rouge" && Threatened.Contains(status.Code));

    public static bool IsInvasive(BdcStatus status) =>
        (status.TypeGroup == "Statut biogéographique" && status.Code == "J")
        || status.TypeName.Contains("envahissante", StringComparison.OrdinalIgnoreCase);
}
