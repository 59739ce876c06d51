namespace CoeurDeVille.Modules.Biodiversity.Taxonomy;

/// <summary>
/// One status of the INPN "base de connaissance statuts" (BDC statuts): a protection, red-list or directive status
/// of a taxon in a territory. CdNom/CdRef are null when the source (a TAXREF API response) is already per taxon.
/// </summary>
public sealed record BdcStatus(string TypeName, string Code)
{
    public int? CdNom { get; init; }

    public int? CdRef { get; init; }

    /// <summary>Group of status types (Directives européennes, Liste rouge, Protection…).</summary>
    public string? TypeGroup { get; init; }

    public string? Label { get; init; }

    public string? Remark { get; init; }

    public string? LocationId { get; init; }

    public string? LocationName { get; init; }

    public string? Source { get; init; }

    public string? ListedName { get; init; }
}
