using System.Text.Json.Serialization;

namespace CoeurDeVille.Modules.Trees.Mapping;

/// <summary>A column of species codes (« TILCOR ») translated to genus and species through a code table of the module.</summary>
public sealed record TaxonCodeRule
{
    [JsonPropertyName("colonne")]
    public required string Column { get; init; }

    /// <summary>Name of the table; « codes-essences » is the one shipped (Taxonomy/codes-essences.csv).</summary>
    [JsonPropertyName("table")]
    public string Table { get; init; } = "codes-essences";
}
