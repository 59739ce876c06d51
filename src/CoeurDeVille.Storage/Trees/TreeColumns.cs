using NpgsqlTypes;

namespace CoeurDeVille.Storage.Trees;

/// <summary>The columns of <c>trees</c> in one list, for the bulk writers (binary COPY and prepared inserts).</summary>
internal static class TreeColumns
{
    public static readonly (string Name, Func<StoredTree, object?> Value, NpgsqlDbType Type)[] All =
    [
        ("territory_code", t => t.TerritoryCode, NpgsqlDbType.Text),
        ("tree_id", t => t.TreeId, NpgsqlDbType.Bigint),
        ("source_id", t => t.SourceId, NpgsqlDbType.Bigint),
        ("longitude", t => t.Longitude, NpgsqlDbType.Double),
        ("latitude", t => t.Latitude, NpgsqlDbType.Double),
        ("family", t => t.Family, NpgsqlDbType.Text),
        ("genus", t => t.Genus, NpgsqlDbType.Text),
        ("species", t => t.Species, NpgsqlDbType.Text),
        ("cultivar", t => t.Cultivar, NpgsqlDbType.Text),
        ("vernacular_name", t => t.VernacularName, NpgsqlDbType.Text),
        ("insee_code", t => t.InseeCode, NpgsqlDbType.Text),
        ("postal_code", t => t.PostalCode, NpgsqlDbType.Text),
        ("address", t => t.Address, NpgsqlDbType.Text),
        ("reference", t => t.Reference, NpgsqlDbType.Text),
        ("planting_date", t => t.PlantingDate, NpgsqlDbType.Date),
        ("height_cm", t => t.HeightCm, NpgsqlDbType.Double),
        ("diameter_cm", t => t.DiameterCm, NpgsqlDbType.Double),
        ("soil_type", t => t.SoilType, NpgsqlDbType.Text),
        ("root_type", t => t.RootType, NpgsqlDbType.Text),
        ("habit", t => t.Habit, NpgsqlDbType.Text),
        ("remarkable", t => t.Remarkable, NpgsqlDbType.Boolean),
        ("protected", t => t.Protected, NpgsqlDbType.Boolean),
        ("ground_constraints", t => t.GroundConstraints, NpgsqlDbType.Text),
        ("aerial_constraints", t => t.AerialConstraints, NpgsqlDbType.Text),
        ("lighting", t => t.Lighting, NpgsqlDbType.Boolean),
        ("watering", t => t.Watering, NpgsqlDbType.Text),
        ("allergy", t => t.Allergy, NpgsqlDbType.Integer),
        ("remark", t => t.Remark, NpgsqlDbType.Text),
        ("removed", t => t.Removed, NpgsqlDbType.Boolean),
        ("status_label", t => t.StatusLabel, NpgsqlDbType.Text),
        ("health", t => t.Health, NpgsqlDbType.Text),
        ("updated_at", t => t.UpdatedAt, NpgsqlDbType.TimestampTz),
    ];

    public static readonly (string Name, Func<TreeVersion, object?> Value, NpgsqlDbType Type)[] Versions =
    [
        ("territory_code", v => v.TerritoryCode, NpgsqlDbType.Text),
        ("tree_id", v => v.TreeId, NpgsqlDbType.Bigint),
        ("at", v => v.At, NpgsqlDbType.TimestampTz),
        ("user_id", v => v.UserId, NpgsqlDbType.Text),
        ("actor", v => v.Actor, NpgsqlDbType.Text),
        ("kind", v => v.Kind.ToString(), NpgsqlDbType.Text),
        ("changed_fields", v => v.ChangedFields, NpgsqlDbType.Text),
        ("state", v => v.State, NpgsqlDbType.Text),
    ];
}
