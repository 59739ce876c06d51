using System.Globalization;
using CoeurDeVille.Extraction.Records;
using nietras.SeparatedValues;
using NetTopologySuite.Geometries;

namespace CoeurDeVille.Extraction.Readers;

/// <summary>
/// A CSV file whose rows carry point coordinates in two columns (longitude/latitude or X/Y in <c>srid</c>).
/// The separator is detected from the header (<c>,</c> <c>;</c> tab <c>|</c>). Without explicit column names,
/// common ones are recognised: longitude, lon, lng, x, coord_x / latitude, lat, y, coord_y. A row whose
/// coordinates are present but unreadable throws <see cref="SourceFormatException"/>; empty coordinates give a
/// record without geometry.
/// </summary>
public sealed class CsvPointRecordSource : IRecordSource
{
    private static readonly string[] XNames = ["longitude", "lon", "lng", "long", "x", "coord_x", "coordx"];
    private static readonly string[] YNames = ["latitude", "lat", "y", "coord_y", "coordy"];

    private readonly string _path;
    private readonly int _x;
    private readonly int _y;
    private readonly int _srid;
    private readonly long _length;

    public CsvPointRecordSource(string path, string? xColumn = null, string? yColumn = null, int srid = 4326)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        _path = path;
        _srid = srid;
        _length = new FileInfo(path).Length;
        using var reader = Open();
        var columns = reader.Header.ColNames.ToArray();
        _x = Find(columns, xColumn, XNames, "longitude (X)");
        _y = Find(columns, yColumn, YNames, "latitude (Y)");
        Schema = new SourceSchema(columns.Where((_, i) => i != _x && i != _y).ToArray(), true, srid);
    }

    public SourceSchema Schema { get; }

    public long Position { get; private set; }

    public long? Length => _length;

    public IEnumerable<SourceRecord> ReadAll(CancellationToken cancellationToken = default)
    {
        using var reader = Open();
        var count = reader.Header.ColNames.Count;
        var factory = new GeometryFactory(new PrecisionModel(), _srid);
        long line = 1;
        foreach (var row in reader)
        {
            cancellationToken.ThrowIfCancellationRequested();
            line++;
            var values = new string?[count - 2];
            var k = 0;
            for (var i = 0; i < count; i++)
            {
                if (i != _x && i != _y)
                {
                    var text = row[i].ToString();
                    values[k++] = text.Length == 0 ? null : text;
                }
            }

            var x = row[_x].ToString().Trim();
            var y = row[_y].ToString().Trim();
            Point? point = null;
            if (x.Length > 0 || y.Length > 0)
            {
                if (!TryNumber(x, out var lon) || !TryNumber(y, out var lat))
                {
                    throw new SourceFormatException(Path.GetFileName(_path), line,
                        $"coordonnées illisibles « {x} » / « {y} » (colonnes {Schema.Columns.Count + 1} et {Schema.Columns.Count + 2}) : attendu des nombres, point ou virgule décimale.");
                }

                point = factory.CreatePoint(new Coordinate(lon, lat));
            }

            yield return new SourceRecord(values, point, line);
        }

        Position = _length;
    }

    public void Dispose()
    {
    }

    private SepReader Open()
    {
        try
        {
            return Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = false }).FromFile(_path);
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException or NotSupportedException)
        {
            throw new SourceFormatException(Path.GetFileName(_path), 1, $"en-tête CSV illisible : {e.Message}", e);
        }
    }

    private int Find(string[] columns, string? name, string[] candidates, string what)
    {
        var wanted = name is null ? candidates : [name];
        for (var i = 0; i < columns.Length; i++)
        {
            if (wanted.Contains(columns[i].Trim(), StringComparer.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        throw new SourceFormatException(Path.GetFileName(_path), 1, name is null
            ? $"colonne de {what} introuvable : attendu l'une de {string.Join(", ", candidates)} (colonnes lues : {string.Join(", ", columns)})."
            : $"colonne « {name} » introuvable (colonnes lues : {string.Join(", ", columns)}).");
    }

    private static bool TryNumber(string text, out double value) =>
        double.TryParse(text.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
}
