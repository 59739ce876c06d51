using System.Text.Json.Serialization;

namespace CoeurDeVille.Modules.Trees.Mapping;

/// <summary>A column saying whether the tree still stands; other values mark it removed (kept, left out of indicators).</summary>
public sealed record StatusRule
{
    [JsonPropertyName("colonne")]
    public required string Column { get; init; }

    /// <summary>Values meaning « in place » (compared without regard to case).</summary>
    [JsonPropertyName("enPlace")]
    public required IReadOnlyList<string> InPlaceValues { get; init; }
}
