using System.Text.Json;

namespace CoeurDeVille.Core.Validation;

/// <summary>The <c>constraints</c> of a Table Schema field. Bounds and enum values are kept as JSON to be read with the field's type.</summary>
public sealed record FieldConstraints
{
    public bool Required { get; init; }

    public bool Unique { get; init; }

    public IReadOnlyList<JsonElement>? Enum { get; init; }

    public string? Pattern { get; init; }

    public JsonElement? Minimum { get; init; }

    public JsonElement? Maximum { get; init; }

    public int? MinLength { get; init; }

    public int? MaxLength { get; init; }
}
