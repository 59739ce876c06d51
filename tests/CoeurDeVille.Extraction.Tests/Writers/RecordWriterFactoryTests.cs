using CoeurDeVille.Extraction.Writers;
using CoeurDeVille.TestSupport;
using Xunit;

namespace CoeurDeVille.Extraction.Tests.Writers;

public sealed class RecordWriterFactoryTests
{
    public static TheoryData<OutputFormat> Formats => [.. Enum.GetValues<OutputFormat>()];

    [Theory]
    [MemberData(nameof(Formats))]
    public void Disposing_without_complete_leaves_no_file_and_no_temporary_file(OutputFormat format)
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("sortie" + RecordWriterFactory.ExtensionOf(format));
        using (var writer = RecordWriterFactory.Create(format, new WriterOptions(path, Samples.Schema(), 4326)))
        {
            foreach (var record in Samples.Records())
            {
                writer.Write(record);
            }

            Assert.False(File.Exists(path));
            Assert.NotEmpty(Directory.GetFileSystemEntries(folder.Path));
        }

        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Complete_leaves_only_the_final_file_and_counts_rows(OutputFormat format)
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("sortie" + RecordWriterFactory.ExtensionOf(format));
        using (var writer = RecordWriterFactory.Create(format, new WriterOptions(path, Samples.Schema(), 4326)))
        {
            foreach (var record in Samples.Records())
            {
                writer.Write(record);
            }

            writer.Complete();
            Assert.Equal(3, writer.RowsWritten);
            Assert.Throws<InvalidOperationException>(() => writer.Write(Samples.Records()[0]));
        }

        Assert.Equal([path], Directory.GetFileSystemEntries(folder.Path));
        Assert.True(new FileInfo(path).Length > 0);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Wrong_value_count_is_an_argument_error(OutputFormat format)
    {
        using var folder = new TemporaryFolder();
        using var writer = RecordWriterFactory.Create(format, new WriterOptions(folder.File("x"), Samples.Schema(), 4326));
        Assert.Throws<ArgumentException>(() => writer.Write(new Records.SourceRecord(["a", "b", "c", "d", "e"], null, 1)));
    }

    [Fact]
    public void Extensions()
    {
        Assert.Equal(".csv", RecordWriterFactory.ExtensionOf(OutputFormat.Csv));
        Assert.Equal(".geojson", RecordWriterFactory.ExtensionOf(OutputFormat.GeoJson));
        Assert.Equal(".gpkg", RecordWriterFactory.ExtensionOf(OutputFormat.GeoPackage));
        Assert.Equal(".xlsx", RecordWriterFactory.ExtensionOf(OutputFormat.Xlsx));
        Assert.Equal(".parquet", RecordWriterFactory.ExtensionOf(OutputFormat.Parquet));
    }
}
