namespace CoeurDeVille.Modules.Biodiversity.Taxonomy;

/// <summary>
/// One TAXREF name (CD_NOM) and the reference taxon it belongs to (CD_REF; equal for the valid name, different for a
/// synonym). Classification and groups are null when the source file does not carry them (GeoNature's bib_noms).
/// </summary>
public sealed record Taxon(int CdNom, int CdRef)
{
    public string? LatinName { get; init; }

    public string? Author { get; init; }

    public string? FrenchName { get; init; }

    /// <summary>TAXREF rank code (ES, SSES, GN…).</summary>
    public string? Rank { get; init; }

    public string? Kingdom { get; init; }

    public string? Phylum { get; init; }

    public string? Class { get; init; }

    public string? Order { get; init; }

    public string? Family { get; init; }

    /// <summary>INPN vernacular group 1 (Chordés, Arthropodes, Trachéophytes…).</summary>
    public string? Group1 { get; init; }

    /// <summary>INPN vernacular group 2 (Oiseaux, Mammifères, Insectes…).</summary>
    public string? Group2 { get; init; }

    /// <summary>Taxon lists of the producing platform (GeoNature bib_listes: "Oiseaux", "Vertébrés"…).</summary>
    public IReadOnlyList<string> Lists { get; init; } = [];

    public string? TaxrefVersion { get; init; }

    /// <summary>Whether this name is the reference (valid) name of its taxon.</summary>
    public bool IsReference => CdNom == CdRef;

    /// <summary>This name completed by <paramref name="other"/>'s values where this one has none.</summary>
    public Taxon CompletedBy(Taxon other) => this with
    {
        LatinName = LatinName ?? other.LatinName,
        Author = Author ?? other.Author,
        FrenchName = FrenchName ?? other.FrenchName,
        Rank = Rank ?? other.Rank,
        Kingdom = Kingdom ?? other.Kingdom,
        Phylum = Phylum ?? other.Phylum,
        Class = Class ?? other.Class,
        Order = Order ?? other.Order,
        Family = Family ?? other.Family,
        Group1 = Group1 ?? other.Group1,
        Group2 = Group2 ?? other.Group2,
        Lists = Lists.Count > 0 ? Lists : other.Lists,
        TaxrefVersion = TaxrefVersion ?? other.TaxrefVersion,
    };
}
