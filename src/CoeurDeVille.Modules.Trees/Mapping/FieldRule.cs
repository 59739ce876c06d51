using System.Text.Json.Serialization;

namespace CoeurDeVille.Modules.Trees.Mapping;

/// <summary>
/// How one schema-arbre field is filled from a source row. Steps, in order: take the column (or the constant),
/// trim and collapse spaces, empty the « vide » values, normalise, replace through « valeurs », convert numbers
/// (class centre, factor, circumference → diameter), turn a year into a date. See docs/guide-arbres.md.
/// </summary>
public sealed record FieldRule
{
    /// <summary>Source column; compared without regard to case.</summary>
    [JsonPropertyName("colonne")]
    public string? Column { get; init; }

    /// <summary>A value given to every row (e.g. the INSEE code of the town).</summary>
    [JsonPropertyName("constante")]
    public string? Constant { get; init; }

    /// <summary>Source values that mean « unknown » (compared without regard to case): they become an empty cell.</summary>
    [JsonPropertyName("vide")]
    public IReadOnlyList<string> EmptyValues { get; init; } = [];

    /// <summary>« genre »: first letter upper case, the rest lower case (« ligustrum » → « Ligustrum »).</summary>
    [JsonPropertyName("normaliser")]
    public string? Normalize { get; init; }

    /// <summary>Source value → schema value (keys compared without regard to case, after normalisation).</summary>
    [JsonPropertyName("valeurs")]
    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>();

    /// <summary>Width of the class when the source gives size classes: the value is the class centre (or « a-b »), 0 = unknown.</summary>
    [JsonPropertyName("classe")]
    public double? ClassWidth { get; init; }

    /// <summary>Multiplies the number (e.g. 100 for metres → centimetres).</summary>
    [JsonPropertyName("facteur")]
    public double? Factor { get; init; }

    /// <summary>The source gives the circumference: the diameter is circumference ÷ π.</summary>
    [JsonPropertyName("circonference")]
    public bool Circumference { get; init; }

    /// <summary>The source gives a year only: the date becomes 1 January of that year.</summary>
    [JsonPropertyName("annee")]
    public bool YearOnly { get; init; }

    /// <summary>Decimals kept after a numeric conversion (1 by default).</summary>
    [JsonPropertyName("decimales")]
    public int? Decimals { get; init; }

    internal bool ConvertsNumber => ClassWidth is not null || Factor is not null || Circumference;
}
