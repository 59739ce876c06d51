using System.IO.Compression;
using System.Text;
using CoeurDeVille.Extraction.Readers;
using CoeurDeVille.Extraction.Records;
using CoeurDeVille.TestSupport;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Esri;
using NetTopologySuite.IO.Esri.Dbf.Fields;
using NetTopologySuite.IO.Esri.Shapefiles.Writers;
using Xunit;

namespace CoeurDeVille.Extraction.Tests.Readers;

public sealed class ShapefileZipRecordSourceTests
{
    private const string EsriWgs84 = """GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]""";

    private const string EsriLambert93 = """PROJCS["RGF_1993_Lambert_93",GEOGCS["GCS_RGF_1993",DATUM["D_RGF_1993",SPHEROID["GRS_1980",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Lambert_Conformal_Conic"],PARAMETER["False_Easting",700000.0],PARAMETER["False_Northing",6600000.0],PARAMETER["Central_Meridian",3.0],PARAMETER["Standard_Parallel_1",49.0],PARAMETER["Standard_Parallel_2",44.0],PARAMETER["Latitude_Of_Origin",46.5],UNIT["Meter",1.0]]""";

    static ShapefileZipRecordSourceTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Reads_the_Gard_communes_from_a_zip_subfolder_in_UTF8()
    {
        using var folder = new TemporaryFolder();
        var features = GardData.NtsFeatures();
        var shp = WriteShapefile(folder, "communes_gard", features.Select(f => ((string)f.Attributes["code"], (string)f.Attributes["nom"], f.Geometry)), new UTF8Encoding(false));
        var zip = Zip(folder, "gard.zip", shp, "export/communes/", [".shp", ".shx", ".dbf"], prj: EsriWgs84, cpg: "UTF-8");

        string extracted;
        using (var source = new ShapefileZipRecordSource(zip))
        {
            extracted = source.ExtractionFolder;
            var records = source.ReadAll(TestContext.Current.CancellationToken).ToList();

            Assert.Equal("export/communes/communes_gard", source.LayerName);
            Assert.Equal(["code", "nom"], source.Schema.Columns);
            Assert.Equal(4326, source.Schema.Srid);
            Assert.Equal(353, records.Count);
            for (var i = 0; i < records.Count; i++)
            {
                Assert.Equal(features[i].Attributes["code"], records[i].Values[0]);
                Assert.Equal(features[i].Attributes["nom"], records[i].Values[1]);
                Assert.Equal(i + 1, records[i].Line);
                Assert.Equal(4326, records[i].Geometry!.SRID);
                Assert.Equal(features[i].Geometry.Area, records[i].Geometry!.Area, 9);
                Assert.Equal(features[i].Geometry.EnvelopeInternal, records[i].Geometry!.EnvelopeInternal);
            }

            Assert.Contains(records, r => r.Values[1] == "Alès");
            Assert.Equal(source.Length, source.Position);
            Assert.True(Directory.Exists(extracted));
        }

        Assert.False(Directory.Exists(extracted));
    }

    [Fact]
    public void Without_cpg_the_dbf_is_read_as_Windows_1252_and_the_prj_gives_Lambert_93()
    {
        using var folder = new TemporaryFolder();
        var rows = new[]
        {
            ("30007", "Alès", (Geometry)new Point(770000, 6335000)),
            ("30189", "Nîmes", new Point(810000, 6305000)),
        };
        var shp = WriteShapefile(folder, "arbres", rows, Encoding.GetEncoding(1252));
        var zip = Zip(folder, "arbres.zip", shp, "", [".shp", ".shx", ".dbf"], prj: EsriLambert93, cpg: null);

        using var source = new ShapefileZipRecordSource(zip);
        var records = source.ReadAll(TestContext.Current.CancellationToken).ToList();

        Assert.Equal(1252, source.Encoding.CodePage);
        Assert.Equal(2154, source.Schema.Srid);
        Assert.Equal(["Alès", "Nîmes"], records.Select(r => r.Values[1]));
        Assert.Equal(new Point(810000, 6305000), records[1].Geometry);
        Assert.Equal(2154, records[1].Geometry!.SRID);
    }

    [Fact]
    public void A_zip_without_dbf_lists_what_it_holds()
    {
        using var folder = new TemporaryFolder();
        var shp = WriteShapefile(folder, "arbres", [("30007", "Alès", new Point(770000, 6335000))], Encoding.UTF8);
        var zip = Zip(folder, "incomplet.zip", shp, "sig/", [".shp", ".shx"], prj: EsriLambert93, cpg: null);

        var error = Assert.Throws<SourceFormatException>(() => new ShapefileZipRecordSource(zip));

        Assert.Equal(
            "incomplet.zip : Shapefile incomplet : pas de fichier « sig/arbres.dbf » à côté de « sig/arbres.shp ». "
            + "Un .shp et son .dbf (et si possible .shx, .prj, .cpg) étaient attendus ; l'archive contient : sig/arbres.shp, sig/arbres.shx, sig/arbres.prj.",
            error.Message);
    }

    [Fact]
    public void A_zip_without_shapefile_or_a_file_that_is_not_a_zip_is_refused()
    {
        using var folder = new TemporaryFolder();
        var zip = folder.File("donnees.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(archive.CreateEntry("lisezmoi.txt").Open());
            writer.Write("rien");
        }

        var error = Assert.Throws<SourceFormatException>(() => new ShapefileZipRecordSource(zip));
        Assert.Contains("aucun fichier .shp", error.Message, StringComparison.Ordinal);
        Assert.Contains("l'archive contient : lisezmoi.txt", error.Message, StringComparison.Ordinal);

        var notZip = folder.File("faux.zip");
        File.WriteAllText(notZip, "ceci n'est pas une archive");
        var notZipError = Assert.Throws<SourceFormatException>(() => new ShapefileZipRecordSource(notZip));
        Assert.Contains("archive zip illisible", notZipError.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_corrupt_shp_is_a_format_error()
    {
        using var folder = new TemporaryFolder();
        var shp = WriteShapefile(folder, "arbres", [("30007", "Alès", new Point(770000, 6335000))], Encoding.UTF8);
        File.WriteAllBytes(shp, [.. Enumerable.Repeat((byte)0x42, 300)]);
        var zip = Zip(folder, "abime.zip", shp, "", [".shp", ".shx", ".dbf"], prj: null, cpg: "UTF-8");

        var error = Assert.Throws<SourceFormatException>(() =>
        {
            using var source = new ShapefileZipRecordSource(zip);
            _ = source.ReadAll(TestContext.Current.CancellationToken).Count();
        });

        Assert.StartsWith("abime.zip", error.Message, StringComparison.Ordinal);
        TestContext.Current.TestOutputHelper?.WriteLine(error.Message);
    }

    [Theory]
    [InlineData("UTF-8", 65001)]
    [InlineData("utf8\n", 65001)]
    [InlineData("1252", 1252)]
    [InlineData("ISO-8859-1", 28591)]
    [InlineData("ISO-8859-15", 28605)]
    [InlineData("inconnu", 1252)]
    public void The_cpg_names_the_dbf_encoding(string cpg, int codePage) =>
        Assert.Equal(codePage, ShapefileZipRecordSource.EncodingFromCpg(cpg).CodePage);

    private static string WriteShapefile(TemporaryFolder folder, string name, IEnumerable<(string Code, string Nom, Geometry Geometry)> rows, Encoding encoding)
    {
        var list = rows.ToList();
        var shapeType = list[0].Geometry is Point ? ShapeType.Point : ShapeType.Polygon;
        var path = folder.File(name + ".shp");
        var options = new ShapefileWriterOptions(shapeType, new DbfCharacterField("code", 5), new DbfCharacterField("nom", 60)) { Encoding = encoding };
        using (var writer = Shapefile.OpenWrite(path, options))
        {
            foreach (var (code, nom, geometry) in list)
            {
                writer.Geometry = geometry;
                writer.Fields["code"].Value = code;
                writer.Fields["nom"].Value = nom;
                writer.Write();
            }
        }

        return path;
    }

    private static string Zip(TemporaryFolder folder, string zipName, string shp, string prefix, string[] extensions, string? prj, string? cpg)
    {
        var zip = folder.File(zipName);
        var stem = Path.GetFileNameWithoutExtension(shp);
        using var archive = ZipFile.Open(zip, ZipArchiveMode.Create);
        foreach (var extension in extensions)
        {
            archive.CreateEntryFromFile(Path.ChangeExtension(shp, extension), prefix + stem + extension);
        }

        if (prj is not null)
        {
            WriteEntry(archive, prefix + stem + ".prj", prj);
        }

        if (cpg is not null)
        {
            WriteEntry(archive, prefix + stem + ".cpg", cpg);
        }

        return zip;
    }

    private static void WriteEntry(ZipArchive archive, string name, string text)
    {
        using var writer = new StreamWriter(archive.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(text);
    }
}
