using CoeurDeVille.Extraction.Readers;
using CoeurDeVille.Extraction.Records;
using CoeurDeVille.TestSupport;
using Xunit;

namespace CoeurDeVille.Extraction.Tests.Readers;

public sealed class RecordSourceFactoryTests
{
    [Fact]
    public void Opens_GeoJSON_by_extension_and_by_content()
    {
        using var folder = new TemporaryFolder();
        var noExtension = folder.File("telechargement-7f3a");
        File.Copy(GardData.Path, noExtension);

        using var byExtension = RecordSourceFactory.Open(GardData.Path);
        using var byContent = RecordSourceFactory.Open(noExtension);

        Assert.IsType<GeoJsonRecordSource>(byExtension);
        Assert.IsType<GeoJsonRecordSource>(byContent);
        Assert.Equal(353, byContent!.ReadAll(TestContext.Current.CancellationToken).Count());
    }

    [Fact]
    public void Recognises_GeoPackage_and_zip_by_their_first_bytes()
    {
        using var folder = new TemporaryFolder();
        var sqlite = folder.File("base");
        File.WriteAllBytes(sqlite, [.. "SQLite format 3\0"u8, .. new byte[100]]);
        var zip = folder.File("archive");
        File.WriteAllBytes(zip, [0x50, 0x4B, 0x03, 0x04, 0, 0]);

        Assert.Equal(RecordSourceFactory.SourceKind.GeoPackage, RecordSourceFactory.KindOf(sqlite));
        Assert.Equal(RecordSourceFactory.SourceKind.ShapefileZip, RecordSourceFactory.KindOf(zip));
        Assert.Equal(RecordSourceFactory.SourceKind.GeoPackage, RecordSourceFactory.KindOf("x.GPKG"));
        Assert.Equal(RecordSourceFactory.SourceKind.ShapefileZip, RecordSourceFactory.KindOf("x.zip"));
    }

    [Fact]
    public void Returns_null_for_CSV_and_unknown_text()
    {
        using var folder = new TemporaryFolder();
        var csv = folder.File("arbres.csv");
        File.WriteAllText(csv, "code;nom\n30007;Alès\n");
        var unknown = folder.File("arbres.dat");
        File.WriteAllText(unknown, "code;nom\n30007;Alès\n");

        Assert.Null(RecordSourceFactory.Open(csv));
        Assert.Null(RecordSourceFactory.Open(unknown));
    }

    [Fact]
    public void A_malformed_file_of_a_known_kind_throws()
    {
        using var folder = new TemporaryFolder();
        var gpkg = folder.File("faux.gpkg");
        File.WriteAllText(gpkg, "pas une base");

        Assert.Throws<SourceFormatException>(() => RecordSourceFactory.Open(gpkg));
    }
}
