using CoeurDeVille.Core.Catalogue;

namespace CoeurDeVille.Storage.Inventories;

/// <summary>
/// A <see cref="Dataset"/> as stored: keyed by the inventory's territory and the dataset identifier, with its
/// position in the inventory; keywords and distributions are child rows, enums are stored by name.
/// </summary>
public sealed class DatasetRecord
{
    /// <summary>Territory whose inventory holds the dataset (scope of every query).</summary>
    public required string InventoryTerritoryCode { get; set; }

    public required string DatasetId { get; set; }

    /// <summary>Zero-based position in the inventory, so a loaded inventory keeps its order.</summary>
    public int Position { get; set; }

    public required string Title { get; set; }

    public string? Description { get; set; }

    public string? Theme { get; set; }

    public string? ProducerName { get; set; }

    public string? ProducerSiret { get; set; }

    public string? ProducerAlternateId { get; set; }

    public string? ProducerService { get; set; }

    public string? InformationSystem { get; set; }

    public ProducerType? ProducerType { get; set; }

    public OpennessStatus? OpennessStatus { get; set; }

    public string? BlockerReason { get; set; }

    public string? PublisherName { get; set; }

    public string? PublisherSiret { get; set; }

    public string? Licence { get; set; }

    public string? Schema { get; set; }

    public string? UpdateFrequency { get; set; }

    public string? ContactEmail { get; set; }

    public string? ServiceContactEmail { get; set; }

    public DateOnly? Created { get; set; }

    public DateOnly? Modified { get; set; }

    public DateOnly? CoverageStart { get; set; }

    public DateOnly? CoverageEnd { get; set; }

    public string? SpatialCoverage { get; set; }

    public string? SpatialGranularity { get; set; }

    public string? LandingPage { get; set; }

    /// <summary>The dataset's own territory code (<see cref="Dataset.TerritoryCode"/>), which may differ from the inventory's.</summary>
    public string? TerritoryCode { get; set; }

    public List<DatasetKeyword> Keywords { get; set; } = [];

    public List<DatasetDistribution> Distributions { get; set; } = [];

    public static DatasetRecord From(string inventoryTerritoryCode, int position, Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return new DatasetRecord
        {
            InventoryTerritoryCode = inventoryTerritoryCode,
            DatasetId = dataset.Id,
            Position = position,
            Title = dataset.Title,
            Description = dataset.Description,
            Theme = dataset.Theme,
            ProducerName = dataset.ProducerName,
            ProducerSiret = dataset.ProducerSiret,
            ProducerAlternateId = dataset.ProducerAlternateId,
            ProducerService = dataset.ProducerService,
            InformationSystem = dataset.InformationSystem,
            ProducerType = dataset.ProducerType,
            OpennessStatus = dataset.OpennessStatus,
            BlockerReason = dataset.BlockerReason,
            PublisherName = dataset.PublisherName,
            PublisherSiret = dataset.PublisherSiret,
            Licence = dataset.Licence,
            Schema = dataset.Schema,
            UpdateFrequency = dataset.UpdateFrequency,
            ContactEmail = dataset.ContactEmail,
            ServiceContactEmail = dataset.ServiceContactEmail,
            Created = dataset.Created,
            Modified = dataset.Modified,
            CoverageStart = dataset.CoverageStart,
            CoverageEnd = dataset.CoverageEnd,
            SpatialCoverage = dataset.SpatialCoverage,
            SpatialGranularity = dataset.SpatialGranularity,
            LandingPage = dataset.LandingPage,
            TerritoryCode = dataset.TerritoryCode,
            Keywords = dataset.Keywords.Select((keyword, i) => new DatasetKeyword
            {
                InventoryTerritoryCode = inventoryTerritoryCode,
                DatasetId = dataset.Id,
                Position = i,
                Value = keyword,
            }).ToList(),
            Distributions = dataset.Distributions.Select((distribution, i) => new DatasetDistribution
            {
                InventoryTerritoryCode = inventoryTerritoryCode,
                DatasetId = dataset.Id,
                Position = i,
                Format = distribution.Format,
                Url = distribution.Url,
                Title = distribution.Title,
            }).ToList(),
        };
    }

    public Dataset ToDataset() => new()
    {
        Id = DatasetId,
        Title = Title,
        Description = Description,
        Theme = Theme,
        Keywords = Keywords.OrderBy(k => k.Position).Select(k => k.Value).ToList(),
        ProducerName = ProducerName,
        ProducerSiret = ProducerSiret,
        ProducerAlternateId = ProducerAlternateId,
        ProducerService = ProducerService,
        InformationSystem = InformationSystem,
        ProducerType = ProducerType,
        OpennessStatus = OpennessStatus,
        BlockerReason = BlockerReason,
        PublisherName = PublisherName,
        PublisherSiret = PublisherSiret,
        Licence = Licence,
        Schema = Schema,
        UpdateFrequency = UpdateFrequency,
        ContactEmail = ContactEmail,
        ServiceContactEmail = ServiceContactEmail,
        Created = Created,
        Modified = Modified,
        CoverageStart = CoverageStart,
        CoverageEnd = CoverageEnd,
        SpatialCoverage = SpatialCoverage,
        SpatialGranularity = SpatialGranularity,
        LandingPage = LandingPage,
        Distributions = Distributions.OrderBy(d => d.Position).Select(d => d.ToDistribution()).ToList(),
        TerritoryCode = TerritoryCode,
    };
}
