using System.Text.Json;
using CoeurDeVille.Extraction.Writers;
using CoeurDeVille.Modules.Trees.Inventory;
using CoeurDeVille.Modules.Trees.SchemaArbre;

namespace CoeurDeVille.Modules.Trees.Export;

/// <summary>
/// Writes trees as an RFC 7946 FeatureCollection of points (WGS 84) whose properties are the 26 schema-arbre fields
/// with their schema types: numbers and booleans as JSON numbers and booleans, dates as ISO strings, unknown as null.
/// </summary>
public static class SchemaArbreGeoJsonWriter
{
    public static void Write(string path, IEnumerable<TreeRecord> trees)
    {
        using var file = new AtomicFile(path);
        using (var stream = File.Create(file.TemporaryPath))
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false }))
        {
            json.WriteStartObject();
            json.WriteString("type", "FeatureCollection");
            json.WriteStartArray("features");
            foreach (var tree in trees)
            {
                WriteFeature(json, tree);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        file.Commit();
    }

    private static void WriteFeature(Utf8JsonWriter json, TreeRecord tree)
    {
        json.WriteStartObject();
        json.WriteString("type", "Feature");
        json.WriteNumber("id", tree.Id);
        json.WriteStartObject("geometry");
        json.WriteString("type", "Point");
        json.WriteStartArray("coordinates");
        json.WriteNumberValue(tree.Longitude);
        json.WriteNumberValue(tree.Latitude);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteNumber(SchemaArbreFields.Id, tree.Id);
        json.WriteNumber(SchemaArbreFields.Longitude, tree.Longitude);
        json.WriteNumber(SchemaArbreFields.Latitude, tree.Latitude);
        Text(json, SchemaArbreFields.Family, tree.Family);
        Text(json, SchemaArbreFields.Genus, tree.Genus);
        Text(json, SchemaArbreFields.Species, tree.Species);
        Text(json, SchemaArbreFields.Cultivar, tree.Cultivar);
        Text(json, SchemaArbreFields.VernacularName, tree.VernacularName);
        Text(json, SchemaArbreFields.InseeCode, tree.InseeCode);
        Text(json, SchemaArbreFields.PostalCode, tree.PostalCode);
        Text(json, SchemaArbreFields.Address, tree.Address);
        Text(json, SchemaArbreFields.Reference, tree.Reference);
        Text(json, SchemaArbreFields.PlantingDate, tree.PlantingDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Number(json, SchemaArbreFields.Height, tree.HeightCm);
        Number(json, SchemaArbreFields.Diameter, tree.DiameterCm);
        Text(json, SchemaArbreFields.SoilType, tree.SoilType);
        Text(json, SchemaArbreFields.RootType, tree.RootType);
        Text(json, SchemaArbreFields.Habit, tree.Habit);
        Boolean(json, SchemaArbreFields.Remarkable, tree.Remarkable);
        Boolean(json, SchemaArbreFields.Protected, tree.Protected);
        Text(json, SchemaArbreFields.GroundConstraints, tree.GroundConstraints);
        Text(json, SchemaArbreFields.AerialConstraints, tree.AerialConstraints);
        Boolean(json, SchemaArbreFields.Lighting, tree.Lighting);
        Text(json, SchemaArbreFields.Watering, tree.Watering);
        Number(json, SchemaArbreFields.Allergy, tree.Allergy);
        Text(json, SchemaArbreFields.Remark, tree.Remark);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Text(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void Boolean(Utf8JsonWriter json, string name, bool? value)
    {
        if (value is { } v)
        {
            json.WriteBoolean(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
