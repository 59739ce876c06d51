using System.Globalization;
using CoeurDeVille.Modules.Trees.SchemaArbre;

namespace CoeurDeVille.Modules.Trees.Inventory;

/// <summary>
/// A tree as the 26 text cells of a schema-arbre row and back. One place for the formats, so an export read back
/// gives the same record: numbers invariant and shortest round-trip (<c>R</c>), dates ISO 8601, booleans « Oui »/« Non ».
/// </summary>
internal static class TreeCells
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private static readonly string[] TrueValues = ["true", "True", "TRUE", "1", "vrai", "Vrai", "VRAI", "Oui", "oui", "OUI"];

    public static string[] ToCells(TreeRecord tree) =>
    [
        tree.Id.ToString(Invariant),
        Number(tree.Longitude),
        Number(tree.Latitude),
        tree.Family ?? "",
        tree.Genus ?? "",
        tree.Species ?? "",
        tree.Cultivar ?? "",
        tree.VernacularName ?? "",
        tree.InseeCode ?? "",
        tree.PostalCode ?? "",
        tree.Address ?? "",
        tree.Reference ?? "",
        tree.PlantingDate?.ToString("yyyy-MM-dd", Invariant) ?? "",
        tree.HeightCm is { } h ? Number(h) : "",
        tree.DiameterCm is { } d ? Number(d) : "",
        tree.SoilType ?? "",
        tree.RootType ?? "",
        tree.Habit ?? "",
        Boolean(tree.Remarkable),
        Boolean(tree.Protected),
        tree.GroundConstraints ?? "",
        tree.AerialConstraints ?? "",
        Boolean(tree.Lighting),
        tree.Watering ?? "",
        tree.Allergy?.ToString(Invariant) ?? "",
        tree.Remark ?? "",
    ];

    /// <summary>Builds a tree from cells the schema validator has accepted (so every parse succeeds).</summary>
    public static TreeRecord FromCells(IReadOnlyList<string> cells, long sourceLine, TreeStatus status, string? statusLabel) => new()
    {
        Id = long.Parse(cells[0], NumberStyles.Integer, Invariant),
        Longitude = double.Parse(cells[1], NumberStyles.Float, Invariant),
        Latitude = double.Parse(cells[2], NumberStyles.Float, Invariant),
        Family = Text(cells[3]),
        Genus = Text(cells[4]),
        Species = Text(cells[5]),
        Cultivar = Text(cells[6]),
        VernacularName = Text(cells[7]),
        InseeCode = Text(cells[8]),
        PostalCode = Text(cells[9]),
        Address = Text(cells[10]),
        Reference = Text(cells[11]),
        PlantingDate = cells[12].Length == 0 ? null : DateOnly.ParseExact(cells[12], "yyyy-MM-dd", Invariant),
        HeightCm = OptionalNumber(cells[13]),
        DiameterCm = OptionalNumber(cells[14]),
        SoilType = Text(cells[15]),
        RootType = Text(cells[16]),
        Habit = Text(cells[17]),
        Remarkable = OptionalBoolean(cells[18]),
        Protected = OptionalBoolean(cells[19]),
        GroundConstraints = Text(cells[20]),
        AerialConstraints = Text(cells[21]),
        Lighting = OptionalBoolean(cells[22]),
        Watering = Text(cells[23]),
        Allergy = cells[24].Length == 0 ? null : int.Parse(cells[24], NumberStyles.Integer, Invariant),
        Remark = Text(cells[25]),
        Status = status,
        StatusLabel = statusLabel,
        SourceLine = sourceLine,
    };

    public static int Count => SchemaArbreFields.All.Count;

    public static string Number(double value) => value.ToString("R", Invariant);

    private static string Boolean(bool? value) => value switch
    {
        true => "Oui",
        false => "Non",
        null => "",
    };

    private static string? Text(string cell) => cell.Length == 0 ? null : cell;

    private static double? OptionalNumber(string cell) => cell.Length == 0 ? null : double.Parse(cell, NumberStyles.Float, Invariant);

    private static bool? OptionalBoolean(string cell) => cell.Length == 0 ? null : TrueValues.Contains(cell);
}
