namespace CoeurDeVille.Core.Validation;

/// <summary>One field (column) of a Table Schema, with its type, format, options and constraints.</summary>
public sealed record SchemaField(string Name)
{
    public string? Title { get; init; }

    public string? Description { get; init; }

    /// <summary>string, integer, number, boolean, date, time, datetime, year, yearmonth, duration, geopoint, geojson, object, array, any.</summary>
    public string Type { get; init; } = "string";

    public string Format { get; init; } = "default";

    public FieldConstraints Constraints { get; init; } = new();

    public string DecimalChar { get; init; } = ".";

    public string GroupChar { get; init; } = "";

    public bool BareNumber { get; init; } = true;

    public IReadOnlyList<string> TrueValues { get; init; } = ["true", "True", "TRUE", "1"];

    public IReadOnlyList<string> FalseValues { get; init; } = ["false", "False", "FALSE", "0"];
}
