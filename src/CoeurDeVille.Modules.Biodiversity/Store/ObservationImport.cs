using CoeurDeVille.Modules.Biodiversity.Observations;
using CoeurDeVille.Modules.Biodiversity.Sensitivity;
using CoeurDeVille.Modules.Biodiversity.Taxonomy;

namespace CoeurDeVille.Modules.Biodiversity.Store;

/// <summary>What to import: a territory's dataset of observations and the references that place and blur them.</summary>
public sealed record ObservationImport(string TerritoryCode, string DatasetId, IEnumerable<Observation> Observations)
{
    public string? Title { get; init; }

    public string FileName { get; init; } = "";

    /// <summary>Resolves cd_nom to CD_REF (synonyms counted once); without it the file's cd_ref, else cd_nom, is used.</summary>
    public TaxonomyReference? Taxonomy { get; init; }

    public SensitivityReferential Sensitivity { get; init; } = SensitivityReferential.Empty;

    /// <summary>Name of a commune from its INSEE code (the COG directory), shown on the pages; null keeps the code.</summary>
    public Func<string, string?>? CommuneName { get; init; }
}
