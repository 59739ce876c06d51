using System.Text.Json;
using CoeurDeVille.Extraction.Records;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace CoeurDeVille.Extraction.Readers;

/// <summary>
/// Streams the features of a GeoJSON FeatureCollection of any size: the file is read through a refilled
/// buffer, one feature at a time. A first pass (geometries skipped) finds the columns — the union of the
/// property names in first-seen order — and the legacy <c>crs</c> member; the second pass reads records.
/// </summary>
public sealed class GeoJsonRecordSource : IRecordSource
{
    private const int DefaultSrid = 4326;

    private readonly string _path;
    private readonly string _displayName;
    private readonly Dictionary<string, int> _columnIndex = new(StringComparer.Ordinal);
    private readonly JsonSerializerOptions _geometryOptions;
    private long _position;

    public GeoJsonRecordSource(string path)
    {
        _path = path;
        _displayName = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            throw new SourceFormatException(_displayName, null, "fichier introuvable.");
        }

        Length = new FileInfo(path).Length;
        var columns = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int? srid = DefaultSrid;
        using (var stream = OpenStream())
        {
            foreach (var feature in EnumerateFeatures(stream, name => srid = CrsCodes.FromName(name), CancellationToken.None))
            {
                CollectPropertyNames(feature, columns, seen);
            }
        }

        Interlocked.Exchange(ref _position, 0);
        foreach (var column in columns)
        {
            _columnIndex[column] = _columnIndex.Count;
        }

        Schema = new SourceSchema(columns, HasGeometry: true, srid);
        _geometryOptions = new JsonSerializerOptions
        {
            Converters = { new GeoJsonConverterFactory(new GeometryFactory(new PrecisionModel(), srid ?? 0)) },
        };
    }

    public SourceSchema Schema { get; }

    /// <summary>Number of features, counted by the first pass.</summary>
    public long FeatureCount { get; private set; }

    public long Position => Interlocked.Read(ref _position);

    public long? Length { get; }

    public IEnumerable<SourceRecord> ReadAll(CancellationToken cancellationToken = default)
    {
        using var stream = OpenStream();
        foreach (var feature in EnumerateFeatures(stream, onCrs: null, cancellationToken))
        {
            yield return ReadFeature(feature);
        }

        Interlocked.Exchange(ref _position, Length ?? 0);
    }

    public void Dispose()
    {
        // Each pass opens and closes its own stream: nothing is held between calls.
    }

    private FileStream OpenStream() =>
        new(_path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);

    private IEnumerable<FeatureBytes> EnumerateFeatures(Stream stream, Action<string?>? onCrs, CancellationToken cancellationToken)
    {
        using var json = new JsonChunkReader(stream);
        if (!Next(json, "un objet GeoJSON « FeatureCollection »", out var token, out _))
        {
            throw Error(json.Line, "le fichier est vide ; un objet GeoJSON « FeatureCollection » était attendu.");
        }

        if (token != JsonTokenType.StartObject)
        {
            throw Error(json.Line, "un objet GeoJSON « FeatureCollection » ({ … }) était attendu au début du fichier.");
        }

        var sawFeatures = false;
        long number = 0;
        while (true)
        {
            if (!Next(json, "un membre de la FeatureCollection ou sa fin « } »", out token, out var member))
            {
                throw Truncated(json, "la fin de l'objet FeatureCollection « } »");
            }

            if (token == JsonTokenType.EndObject)
            {
                break;
            }

            if (member == "features")
            {
                if (!Next(json, "le tableau « features »", out token, out _))
                {
                    throw Truncated(json, "le tableau « features »");
                }

                if (token != JsonTokenType.StartArray)
                {
                    throw Error(json.Line, "le membre « features » doit être un tableau d'entités ([ … ]).");
                }

                sawFeatures = true;
                while (true)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var expected = $"l'entité n° {number + 1} ou la fin du tableau « features »";
                    if (!NextValue(json, expected, out token, out var bytes))
                    {
                        throw Truncated(json, expected);
                    }

                    if (token == JsonTokenType.EndArray)
                    {
                        break;
                    }

                    number++;
                    if (token != JsonTokenType.StartObject)
                    {
                        throw Error(json.ValueLine, $"entité n° {number} : un objet « Feature » ({{ … }}) était attendu.");
                    }

                    Interlocked.Exchange(ref _position, json.Position);
                    yield return new FeatureBytes(number, json.ValueLine, bytes);
                }

                continue;
            }

            var what = $"la valeur du membre « {member} »";
            if (!NextValue(json, what, out token, out var value))
            {
                throw Truncated(json, what);
            }

            if (member == "type")
            {
                var type = token == JsonTokenType.String ? JsonSerializer.Deserialize<string>(value.Span) : null;
                if (type != "FeatureCollection")
                {
                    throw Error(json.ValueLine, $"type GeoJSON « {type ?? "?"} » : une « FeatureCollection » était attendue.");
                }
            }
            else if (member == "crs" && onCrs is not null)
            {
                onCrs(CrsName(value.Span));
            }
        }

        if (!sawFeatures)
        {
            throw Error(json.Line, "le membre « features » est absent : une FeatureCollection GeoJSON était attendue.");
        }

        FeatureCount = number;
    }

    private static string? CrsName(ReadOnlySpan<byte> crs)
    {
        var reader = new Utf8JsonReader(crs);
        using var document = JsonDocument.ParseValue(ref reader);
        return document.RootElement.ValueKind == JsonValueKind.Object
            && document.RootElement.TryGetProperty("properties", out var properties)
            && properties.ValueKind == JsonValueKind.Object
            && properties.TryGetProperty("name", out var name)
            && name.ValueKind == JsonValueKind.String
                ? name.GetString()
                : null;
    }

    private static void CollectPropertyNames(FeatureBytes feature, List<string> columns, HashSet<string> seen)
    {
        var reader = new Utf8JsonReader(feature.Bytes.Span);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isProperties = reader.ValueTextEquals("properties"u8);
            reader.Read();
            if (isProperties && reader.TokenType == JsonTokenType.StartObject)
            {
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = reader.GetString()!;
                    if (seen.Add(name))
                    {
                        columns.Add(name);
                    }

                    reader.Read();
                    reader.Skip();
                }
            }
            else
            {
                reader.Skip();
            }
        }
    }

    private SourceRecord ReadFeature(FeatureBytes feature)
    {
        var span = feature.Bytes.Span;
        var reader = new Utf8JsonReader(span);
        reader.Read();
        var values = new string?[_columnIndex.Count];
        Geometry? geometry = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isProperties = reader.ValueTextEquals("properties"u8);
            var isGeometry = !isProperties && reader.ValueTextEquals("geometry"u8);
            reader.Read();
            if (isProperties && reader.TokenType == JsonTokenType.StartObject)
            {
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    // Always found unless the file changed between the two passes; then the new key is dropped.
                    var found = _columnIndex.TryGetValue(reader.GetString()!, out var index);
                    reader.Read();
                    var value = JsonText.ReadValue(ref reader, span);
                    if (found)
                    {
                        values[index] = value;
                    }
                }
            }
            else if (isProperties && reader.TokenType != JsonTokenType.Null)
            {
                throw Error(feature.Line, $"entité n° {feature.Number} : le membre « properties » doit être un objet ou null.");
            }
            else if (isGeometry && reader.TokenType == JsonTokenType.StartObject)
            {
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                geometry = ParseGeometry(span[start..(int)reader.BytesConsumed], feature);
            }
            else if (isGeometry && reader.TokenType != JsonTokenType.Null)
            {
                throw Error(feature.Line, $"entité n° {feature.Number} : le membre « geometry » doit être un objet géométrie GeoJSON ou null.");
            }
            else
            {
                reader.Skip();
            }
        }

        return new SourceRecord(values, geometry, feature.Number);
    }

    private Geometry? ParseGeometry(ReadOnlySpan<byte> bytes, FeatureBytes feature)
    {
        try
        {
            return JsonSerializer.Deserialize<Geometry>(bytes, _geometryOptions);
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException or FormatException)
        {
            throw new SourceFormatException(
                _displayName,
                feature.Line,
                $"entité n° {feature.Number} : géométrie GeoJSON invalide (un « type » de géométrie et des « coordinates » cohérentes étaient attendus).",
                ex);
        }
    }

    private bool Next(JsonChunkReader json, string expected, out JsonTokenType token, out string? text)
    {
        try
        {
            return json.Next(out token, out text);
        }
        catch (JsonException ex)
        {
            throw Invalid(ex, expected);
        }
    }

    private bool NextValue(JsonChunkReader json, string expected, out JsonTokenType token, out ReadOnlyMemory<byte> value)
    {
        try
        {
            return json.NextValue(out token, out value);
        }
        catch (JsonException ex)
        {
            throw Invalid(ex, expected);
        }
    }

    private SourceFormatException Invalid(JsonException ex, string expected) =>
        new(
            _displayName,
            ex.LineNumber + 1,
            $"JSON invalide à la colonne {ex.BytePositionInLine + 1} en lisant {expected} (valeur, virgule, deux-points ou accolade attendus).",
            ex);

    private SourceFormatException Truncated(JsonChunkReader json, string expected) =>
        new(
            _displayName,
            json.LastBufferedLine,
            $"fin de fichier inattendue à l'octet {json.BytesRead} : {expected} était attendu(e). Le fichier semble tronqué (téléchargement interrompu ?).");

    private SourceFormatException Error(long line, string message) => new(_displayName, line, message);

    private readonly record struct FeatureBytes(long Number, long Line, ReadOnlyMemory<byte> Bytes);
}
