namespace CoeurDeVille.Core.Catalogue;

/// <summary>
/// One entry of a territory's data inventory. Every property maps to a column of the Etalab « Catalogue de
/// données » schema, of the SCDL « Catalogue simplifié » schema, or of the companion table (see docs/inventaire.md).
/// Texts are kept as written; empty texts are <c>null</c>.
/// </summary>
public sealed record Dataset
{
    /// <summary>Identifier, unique in its inventory (SCDL <c>ID</c>): a slug or a machine id.</summary>
    public required string Id { get; init; }

    public required string Title { get; init; }

    public string? Description { get; init; }

    public string? Theme { get; init; }

    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>Organisation that produces the dataset.</summary>
    public string? ProducerName { get; init; }

    /// <summary>SIRET of the producer (14 digits).</summary>
    public string? ProducerSiret { get; init; }

    /// <summary>Producer's identifier when it has no SIRET (RNA number of an association…).</summary>
    public string? ProducerAlternateId { get; init; }

    /// <summary>Department or service of the producer that makes the dataset.</summary>
    public string? ProducerService { get; init; }

    /// <summary>Information system (database, business application) the dataset is extracted from.</summary>
    public string? InformationSystem { get; init; }

    public ProducerType? ProducerType { get; init; }

    public OpennessStatus? OpennessStatus { get; init; }

    /// <summary>Why a dataset that is not open stays closed (free text, grouped in the summary).</summary>
    public string? BlockerReason { get; init; }

    /// <summary>Publishing authority of the catalogue (SCDL <c>COLL_NOM</c>).</summary>
    public string? PublisherName { get; init; }

    /// <summary>SIRET of the publishing authority (SCDL <c>COLL_SIRET</c>).</summary>
    public string? PublisherSiret { get; init; }

    public string? Licence { get; init; }

    /// <summary>Data schema the dataset follows: its identifier or URL.</summary>
    public string? Schema { get; init; }

    public string? UpdateFrequency { get; init; }

    /// <summary>Email address of the person to contact about the dataset.</summary>
    public string? ContactEmail { get; init; }

    /// <summary>Email address of the producing service.</summary>
    public string? ServiceContactEmail { get; init; }

    /// <summary>Date of first publication.</summary>
    public DateOnly? Created { get; init; }

    /// <summary>Date of the last effective change.</summary>
    public DateOnly? Modified { get; init; }

    public DateOnly? CoverageStart { get; init; }

    public DateOnly? CoverageEnd { get; init; }

    /// <summary>Name of the area the dataset covers ("Rennes", "France métropolitaine").</summary>
    public string? SpatialCoverage { get; init; }

    /// <summary>Spatial granularity, one of the SCDL values ("Communale", "Intercommunale"…).</summary>
    public string? SpatialGranularity { get; init; }

    /// <summary>Web page of the dataset.</summary>
    public string? LandingPage { get; init; }

    public IReadOnlyList<Distribution> Distributions { get; init; } = [];

    /// <summary>INSEE or SIREN code of the territory the dataset belongs to.</summary>
    public string? TerritoryCode { get; init; }
}
