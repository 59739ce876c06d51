using System.Text.Json;
using CoeurDeVille.Extraction.Records;
using CoeurDeVille.Extraction.Writers;
using CoeurDeVille.TestSupport;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Parquet;
using Parquet.Schema;
using Xunit;

namespace CoeurDeVille.Extraction.Tests.Writers;

public sealed class ParquetRecordWriterTests
{
    [Fact]
    public async Task Writes_row_groups_strings_wkb_and_geoparquet_metadata()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("out.parquet");
        var records = Samples.Records();
        using (var writer = new ParquetRecordWriter(new WriterOptions(path, Samples.Schema(), 4326), rowGroupSize: 2))
        {
            foreach (var record in records)
            {
                writer.Write(record);
            }

            writer.Complete();
        }

        var cancellation = TestContext.Current.CancellationToken;
        await using var reader = await ParquetReader.CreateAsync(path, cancellationToken: cancellation);
        Assert.Equal(2, reader.RowGroupCount);
        var fields = reader.Schema.GetDataFields();
        Assert.Equal(["code_insee", "nom", "surface", "note", "geometry"], fields.Select(f => f.Name));

        var names = new List<string?>();
        var notes = new List<string?>();
        var blobs = new List<byte[]?>();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            var group = reader.OpenRowGroupReader(g);
            var count = (int)group.RowCount;
            var buffer = new string?[count];
            await group.ReadAsync(fields[1], buffer.AsMemory(), null, cancellation);
            names.AddRange(buffer);
            buffer = new string?[count];
            await group.ReadAsync(fields[3], buffer.AsMemory(), null, cancellation);
            notes.AddRange(buffer);
            var binary = new byte[]?[count];
            await group.ReadAsync(fields[4], binary.AsMemory(), null, cancellation);
            blobs.AddRange(binary);
        }

        Assert.Equal(["Alès", "Ambérieu-en-Bugey", "Ajaccio"], names);
        Assert.Equal([Samples.Tricky, null, ""], notes);
        Assert.Null(blobs[2]);
        var point = new WKBReader().Read(blobs[0]);
        Assert.Equal(new Coordinate(4.0812345678, 44.1234567891), point.Coordinate);

        using var geo = JsonDocument.Parse(reader.CustomMetadata["geo"]);
        var root = geo.RootElement;
        Assert.Equal("1.1.0", root.GetProperty("version").GetString());
        Assert.Equal("geometry", root.GetProperty("primary_column").GetString());
        var column = root.GetProperty("columns").GetProperty("geometry");
        Assert.Equal("WKB", column.GetProperty("encoding").GetString());
        Assert.Equal(["Point", "Polygon"], column.GetProperty("geometry_types").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal([4.0, 44.0, 4.1, 44.1234567891], column.GetProperty("bbox").EnumerateArray().Select(v => v.GetDouble()));
        Assert.False(column.TryGetProperty("crs", out _), "crs absent = OGC:CRS84");
    }

    [Fact]
    public async Task Rows_are_flushed_in_row_groups_of_the_default_size()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("groupes.parquet");
        var schema = new SourceSchema(["n"], true, 4326);
        var factory = new GeometryFactory(new PrecisionModel(), 4326);
        const int rows = (2 * ParquetRecordWriter.DefaultRowGroupSize) + 1;
        using (var writer = new ParquetRecordWriter(new WriterOptions(path, schema, 4326)))
        {
            for (var i = 0; i < rows; i++)
            {
                writer.Write(new SourceRecord([i.ToString(System.Globalization.CultureInfo.InvariantCulture)], factory.CreatePoint(new Coordinate(i % 10, 45)), i + 1));
            }

            writer.Complete();
        }

        await using var reader = await ParquetReader.CreateAsync(path, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal([ParquetRecordWriter.DefaultRowGroupSize, ParquetRecordWriter.DefaultRowGroupSize, 1], Enumerable.Range(0, reader.RowGroupCount).Select(g => reader.OpenRowGroupReader(g).RowCount));
        var last = new string?[1];
        await reader.OpenRowGroupReader(2).ReadAsync(reader.Schema.GetDataFields()[0], last.AsMemory(), null, TestContext.Current.CancellationToken);
        Assert.Equal((rows - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), last[0]);
        using var geo = JsonDocument.Parse(reader.CustomMetadata["geo"]);
        Assert.Equal([0.0, 45, 9, 45], geo.RootElement.GetProperty("columns").GetProperty("geometry").GetProperty("bbox").EnumerateArray().Select(v => v.GetDouble()));
    }

    [Fact]
    public async Task Lambert93_gets_a_projjson_crs()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("l93.parquet");
        var factory = new GeometryFactory(new PrecisionModel(), 2154);
        using (var writer = new ParquetRecordWriter(new WriterOptions(path, Samples.Schema(srid: 2154), 2154)))
        {
            writer.Write(new SourceRecord(["1", "2", "3", "4"], factory.CreatePoint(new Coordinate(700000, 6600000)), 1));
            writer.Complete();
        }

        await using var reader = await ParquetReader.CreateAsync(path, cancellationToken: TestContext.Current.CancellationToken);
        using var geo = JsonDocument.Parse(reader.CustomMetadata["geo"]);
        var crs = geo.RootElement.GetProperty("columns").GetProperty("geometry").GetProperty("crs");
        Assert.Equal("EPSG", crs.GetProperty("id").GetProperty("authority").GetString());
        Assert.Equal(2154, crs.GetProperty("id").GetProperty("code").GetInt32());
        Assert.Equal("RGF93 v1 / Lambert-93", crs.GetProperty("name").GetString());
    }

    [Fact]
    public async Task No_geometry_means_no_geometry_column_and_no_geo_metadata()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("attributs.parquet");
        using (var writer = new ParquetRecordWriter(new WriterOptions(path, Samples.Schema(geometry: false, srid: null), null)))
        {
            writer.Write(new SourceRecord(["01004", "Ambérieu-en-Bugey", null, "x"], null, 1));
            writer.Complete();
        }

        await using var reader = await ParquetReader.CreateAsync(path, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(4, reader.Schema.GetDataFields().Length);
        Assert.False(reader.CustomMetadata.ContainsKey("geo"));
        var group = reader.OpenRowGroupReader(0);
        var codes = new string?[1];
        await group.ReadAsync(reader.Schema.GetDataFields()[0], codes.AsMemory(), null, TestContext.Current.CancellationToken);
        Assert.Equal("01004", codes[0]);
    }
}
