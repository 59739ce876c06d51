using System.Globalization;
using System.Text.Json;
using NetTopologySuite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace CoeurDeVille.Core.Geometries;

/// <summary>
/// Reads the features of a GeoJSON document — FeatureCollection, Feature or bare geometry — with their
/// properties as text and the EPSG code of the legacy (pre-RFC 7946) <c>crs</c> member.
/// </summary>
internal static class GeoJsonFeatureReader
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    /// <summary>A feature: its position in the file, its <c>id</c>, its text properties and its geometry (null when absent).</summary>
    internal sealed record Feature(int Index, string? Id, IReadOnlyDictionary<string, string?> Properties, Geometry? Geometry);

    /// <summary>Parses <paramref name="stream"/>; geometries get the SRID of the <c>crs</c> member, WGS 84 by default.</summary>
    /// <exception cref="InvalidDataException">Not GeoJSON; the message names <paramref name="fileName"/>.</exception>
    public static (int Epsg, List<Feature> Features) Read(Stream stream, string fileName)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(stream, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"{fileName} : JSON invalide à la ligne {exception.LineNumber + 1} ({exception.Message}).", exception);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var typeElement) || typeElement.ValueKind != JsonValueKind.String)
            {
                throw new InvalidDataException($"{fileName} : ce n'est pas un document GeoJSON (membre « type » absent).");
            }

            var epsg = ReadCrs(root, fileName);
            var features = new List<Feature>();
            switch (typeElement.GetString())
            {
                case "FeatureCollection":
                    if (!root.TryGetProperty("features", out var array) || array.ValueKind != JsonValueKind.Array)
                    {
                        throw new InvalidDataException($"{fileName} : FeatureCollection sans tableau « features ».");
                    }

                    var index = 0;
                    foreach (var element in array.EnumerateArray())
                    {
                        features.Add(ReadFeature(element, index++, epsg, fileName));
                    }

                    break;
                case "Feature":
                    features.Add(ReadFeature(root, 0, epsg, fileName));
                    break;
                default:
                    features.Add(new Feature(0, null, new Dictionary<string, string?>(), ReadGeometry(root, 0, epsg, fileName)));
                    break;
            }

            return (epsg, features);
        }
    }

    private static Feature ReadFeature(JsonElement element, int index, int epsg, string fileName)
    {
        string? id = null;
        if (element.TryGetProperty("id", out var idElement) && idElement.ValueKind is JsonValueKind.String or JsonValueKind.Number)
        {
            id = idElement.ToString();
        }

        var properties = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (element.TryGetProperty("properties", out var propertiesElement) && propertiesElement.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in propertiesElement.EnumerateObject())
            {
                properties[property.Name] = property.Value.ValueKind switch
                {
                    JsonValueKind.Null => null,
                    JsonValueKind.String => property.Value.GetString(),
                    _ => property.Value.GetRawText(),
                };
            }
        }

        Geometry? geometry = null;
        if (element.TryGetProperty("geometry", out var geometryElement) && geometryElement.ValueKind == JsonValueKind.Object)
        {
            geometry = ReadGeometry(geometryElement, index, epsg, fileName);
        }

        return new Feature(index, id, properties, geometry);
    }

    private static Geometry ReadGeometry(JsonElement element, int index, int epsg, string fileName)
    {
        try
        {
            var geometry = element.Deserialize<Geometry>(Options)
                ?? throw new InvalidDataException($"{fileName} : entité n° {index + 1} sans géométrie.");
            geometry.SRID = epsg;
            return geometry;
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"{fileName} : géométrie illisible dans l'entité n° {index + 1} ({exception.Message}).", exception);
        }
    }

    /// <summary>
    /// The legacy <c>crs</c> member (GeoJSON 2008): <c>{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::2154"}}</c>,
    /// also <c>EPSG:2154</c> and <c>…:CRS84</c>. Absent: WGS 84 as RFC 7946 requires.
    /// </summary>
    private static int ReadCrs(JsonElement root, string fileName)
    {
        if (!root.TryGetProperty("crs", out var crs) || crs.ValueKind != JsonValueKind.Object
            || !crs.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Object
            || !properties.TryGetProperty("name", out var nameElement) || nameElement.ValueKind != JsonValueKind.String)
        {
            return CrsRegistry.Wgs84;
        }

        var name = nameElement.GetString() ?? "";
        if (name.EndsWith("CRS84", StringComparison.OrdinalIgnoreCase))
        {
            return CrsRegistry.Wgs84;
        }

        var digits = name[(name.LastIndexOf(':') + 1)..];
        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var epsg) || !name.Contains("EPSG", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidDataException($"{fileName} : système de coordonnées « {name} » non reconnu (attendu : EPSG:code).");
        }

        if (!CrsRegistry.IsSupported(epsg))
        {
            throw new InvalidDataException($"{fileName} : système de coordonnées EPSG:{epsg} non pris en charge.");
        }

        return epsg;
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions();
        options.Converters.Add(new GeoJsonConverterFactory(NtsGeometryServices.Instance.CreateGeometryFactory(CrsRegistry.Wgs84)));
        return options;
    }
}
