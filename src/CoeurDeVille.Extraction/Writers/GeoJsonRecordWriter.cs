using System.Text.Encodings.Web;
using System.Text.Json;
using CoeurDeVille.Extraction.Records;
using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;

namespace CoeurDeVille.Extraction.Writers;

/// <summary>
/// GeoJSON FeatureCollection (RFC 7946), written feature by feature so memory stays flat.
/// Coordinates are WGS84 lon/lat rounded to 7 decimals (about 1 cm); values are written as strings.
/// </summary>
public sealed class GeoJsonRecordWriter : FileRecordWriter
{
    private const int Decimals = 7;

    // Utf8JsonWriter buffers until flushed: flush once this much is pending so a big extract never sits in memory.
    private const int FlushThreshold = 1 << 16;

    private readonly FileStream _stream;
    private readonly Utf8JsonWriter _json;
    private readonly JsonEncodedText[] _names;

    public GeoJsonRecordWriter(WriterOptions options)
        : base(CheckSrid(options))
    {
        _names = [.. Schema.Columns.Select(c => JsonEncodedText.Encode(c, JavaScriptEncoder.UnsafeRelaxedJsonEscaping))];
        _stream = new FileStream(TemporaryPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        _json = new Utf8JsonWriter(_stream, new JsonWriterOptions
        {
            // A file, not HTML: keep "Alès" readable instead of "Al\u00e8s".
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            SkipValidation = true,
        });
        _json.WriteStartObject();
        _json.WriteString("type", "FeatureCollection");
        _json.WriteStartArray("features");
    }

    private protected override void WriteCore(SourceRecord record)
    {
        _json.WriteStartObject();
        _json.WriteString("type", "Feature");
        _json.WritePropertyName("geometry");
        if (record.Geometry is null || !Schema.HasGeometry)
        {
            _json.WriteNullValue();
        }
        else
        {
            WriteGeometry(record.Geometry);
        }

        _json.WriteStartObject("properties");
        for (var i = 0; i < _names.Length; i++)
        {
            if (record.Values[i] is { } value)
            {
                _json.WriteString(_names[i], value);
            }
            else
            {
                _json.WriteNull(_names[i]);
            }
        }

        _json.WriteEndObject();
        _json.WriteEndObject();
        if (_json.BytesPending > FlushThreshold)
        {
            _json.Flush();
        }
    }

    private protected override void Finish()
    {
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.Flush();
        _stream.Flush(flushToDisk: false);
    }

    private protected override void Close()
    {
        _json.Dispose();
        _stream.Dispose();
    }

    private static WriterOptions CheckSrid(WriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Srid is not (null or 4326))
        {
            throw new ArgumentException(
                $"GeoJSON exige des coordonnées WGS84 (EPSG:4326) ; reçu EPSG:{options.Srid}. Reprojetez avant d'écrire.",
                nameof(options));
        }

        return options;
    }

    private void WriteGeometry(Geometry geometry)
    {
        _json.WriteStartObject();
        _json.WriteString("type", TypeName(geometry));
        if (geometry is GeometryCollection collection and not (MultiPoint or MultiLineString or MultiPolygon))
        {
            _json.WriteStartArray("geometries");
            for (var i = 0; i < collection.NumGeometries; i++)
            {
                WriteGeometry(collection.GetGeometryN(i));
            }

            _json.WriteEndArray();
        }
        else
        {
            _json.WritePropertyName("coordinates");
            WriteCoordinates(geometry);
        }

        _json.WriteEndObject();
    }

    private void WriteCoordinates(Geometry geometry)
    {
        switch (geometry)
        {
            case Point point:
                if (point.IsEmpty)
                {
                    _json.WriteStartArray();
                    _json.WriteEndArray();
                }
                else
                {
                    WritePosition(point.CoordinateSequence, 0);
                }

                break;
            case LineString line:
                WriteSequence(line.CoordinateSequence, reverse: false);
                break;
            case Polygon polygon:
                WritePolygon(polygon);
                break;
            default:
                // MultiPoint, MultiLineString, MultiPolygon: an array of their parts' coordinates.
                _json.WriteStartArray();
                for (var i = 0; i < geometry.NumGeometries; i++)
                {
                    WriteCoordinates(geometry.GetGeometryN(i));
                }

                _json.WriteEndArray();
                break;
        }
    }

    private void WritePolygon(Polygon polygon)
    {
        // RFC 7946 asks for counterclockwise shells and clockwise holes (right-hand rule).
        _json.WriteStartArray();
        if (!polygon.IsEmpty)
        {
            WriteRing(polygon.Shell, counterClockwise: true);
            foreach (var hole in polygon.Holes)
            {
                WriteRing(hole, counterClockwise: false);
            }
        }

        _json.WriteEndArray();
    }

    private void WriteRing(LineString ring, bool counterClockwise)
    {
        var sequence = ring.CoordinateSequence;
        var reverse = sequence.Count >= 4 && Orientation.IsCCW(sequence) != counterClockwise;
        WriteSequence(sequence, reverse);
    }

    private void WriteSequence(CoordinateSequence sequence, bool reverse)
    {
        _json.WriteStartArray();
        for (var i = 0; i < sequence.Count; i++)
        {
            WritePosition(sequence, reverse ? sequence.Count - 1 - i : i);
        }

        _json.WriteEndArray();
    }

    private void WritePosition(CoordinateSequence sequence, int index)
    {
        _json.WriteStartArray();
        _json.WriteNumberValue(Math.Round(sequence.GetX(index), Decimals, MidpointRounding.AwayFromZero));
        _json.WriteNumberValue(Math.Round(sequence.GetY(index), Decimals, MidpointRounding.AwayFromZero));
        if (sequence.HasZ && !double.IsNaN(sequence.GetZ(index)))
        {
            _json.WriteNumberValue(sequence.GetZ(index));
        }

        _json.WriteEndArray();
    }

    private static string TypeName(Geometry geometry) =>
        GeometryTypeNames.Of(geometry.OgcGeometryType)
        ?? throw new NotSupportedException($"Type de géométrie non pris en charge par GeoJSON : {geometry.GeometryType}.");
}
