using System.IO.Compression;
using System.Text;
using CoeurDeVille.Core.Uploads;
using CoeurDeVille.TestSupport;
using Xunit;

namespace CoeurDeVille.Core.Tests.Uploads;

public sealed class UploadInspectorTests
{
    private static readonly UploadKind[] Everything =
    [
        UploadKind.Csv, UploadKind.Xlsx, UploadKind.Json, UploadKind.GeoJson, UploadKind.Zip, UploadKind.GeoPackage,
        UploadKind.Png, UploadKind.Jpeg, UploadKind.Svg,
    ];

    private static readonly UploadInspector Inspector = new(1024 * 1024);

    private static Task<UploadInspection> InspectAsync(byte[] bytes, string name, params UploadKind[] accepted) =>
        Inspector.InspectAsync(new MemoryStream(bytes), name, accepted.Length == 0 ? Everything : accepted, TestContext.Current.CancellationToken);

    private static byte[] Zip(params string[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
                writer.Write("x");
            }
        }

        return stream.ToArray();
    }

    [Fact]
    public async Task Utf8_and_windows_1252_text_are_csv()
    {
        var utf8 = await InspectAsync(Encoding.UTF8.GetBytes("code;nom\n30007;Alès\n"), "communes.csv");
        var latin = await InspectAsync([.. "code;nom\n30007;Al"u8, 0xE8, .. "s\n"u8], "communes.csv");

        Assert.Equal((UploadKind.Csv, true), (utf8.Kind, utf8.IsAccepted));
        Assert.Equal((UploadKind.Csv, true), (latin.Kind, latin.IsAccepted));
        Assert.Equal("text/csv", utf8.MediaType);
    }

    [Fact]
    public async Task An_executable_named_csv_is_refused_naming_what_it_is()
    {
        var exe = await InspectAsync([.. "MZ"u8, 0x90, 0x00, 0x03, 0x00], "arbres.csv");

        Assert.Equal(UploadKind.Executable, exe.Kind);
        Assert.Equal("« arbres.csv » a une extension qui annonce un fichier texte ou CSV mais son contenu est un programme exécutable : rien n'a été enregistré.", exe.Problem);
    }

    [Fact]
    public async Task A_zip_named_csv_is_refused_and_a_workbook_is_told_from_a_zip()
    {
        var zipAsCsv = await InspectAsync(Zip("a.shp", "a.dbf"), "arbres.csv");
        var shapefile = await InspectAsync(Zip("a.shp", "a.dbf"), "arbres.zip");
        var workbook = await InspectAsync(Zip("[Content_Types].xml", "xl/workbook.xml"), "arbres.xlsx");

        Assert.Contains("son contenu est une archive ZIP", zipAsCsv.Problem, StringComparison.Ordinal);
        Assert.Equal((UploadKind.Zip, true), (shapefile.Kind, shapefile.IsAccepted));
        Assert.Equal((UploadKind.Xlsx, true), (workbook.Kind, workbook.IsAccepted));
    }

    [Fact]
    public async Task A_real_workbook_is_xlsx()
    {
        using var stream = new MemoryStream();
        await using (var spreadsheet = await SpreadCheetah.Spreadsheet.CreateNewAsync(stream, cancellationToken: TestContext.Current.CancellationToken))
        {
            await spreadsheet.StartWorksheetAsync("Feuil1", token: TestContext.Current.CancellationToken);
            await spreadsheet.AddRowAsync([new SpreadCheetah.Cell("code")], TestContext.Current.CancellationToken);
            await spreadsheet.FinishAsync(TestContext.Current.CancellationToken);
        }

        var inspection = await InspectAsync(stream.ToArray(), "inventaire.xlsx", UploadKind.Xlsx);

        Assert.Equal((UploadKind.Xlsx, true), (inspection.Kind, inspection.IsAccepted));
    }

    [Fact]
    public async Task Geojson_is_told_from_json_and_malformed_json_gives_its_line()
    {
        var contour = await File.ReadAllBytesAsync(SharedData.PathOf("territories", "france-geojson", "departement-30-gard.geojson"), TestContext.Current.CancellationToken);
        var geo = await Inspector.InspectAsync(new MemoryStream(contour), "gard.geojson", Everything, TestContext.Current.CancellationToken);
        var json = await InspectAsync("{\"a\": 1}"u8.ToArray(), "donnees.json");
        var broken = await InspectAsync("{\n\"a\": 1,\n\"b\": }"u8.ToArray(), "donnees.json");

        Assert.Equal((UploadKind.GeoJson, true), (geo.Kind, geo.IsAccepted));
        Assert.Equal((UploadKind.Json, true), (json.Kind, json.IsAccepted));
        Assert.Contains("JSON mal formé à la ligne 3", broken.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Images_are_sniffed_and_only_script_free_svg_passes()
    {
        var png = await InspectAsync([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], "logo.png", UploadKind.Png, UploadKind.Svg);
        var jpegAsPng = await InspectAsync([0xFF, 0xD8, 0xFF, 0xE0, 0, 16], "logo.png", UploadKind.Png);
        var svg = await InspectAsync("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"1\" height=\"1\"/></svg>"u8.ToArray(), "logo.svg", UploadKind.Svg);
        var script = await InspectAsync("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"u8.ToArray(), "logo.svg", UploadKind.Svg);
        var handler = await InspectAsync("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"u8.ToArray(), "logo.svg", UploadKind.Svg);
        var external = await InspectAsync("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:x=\"http://www.w3.org/1999/xlink\"><image x:href=\"https://evil.example/a.png\"/></svg>"u8.ToArray(), "logo.svg", UploadKind.Svg);
        var entity = await InspectAsync("<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><svg>&x;</svg>"u8.ToArray(), "logo.svg", UploadKind.Svg);
        var csvAsLogo = await InspectAsync("a;b\n"u8.ToArray(), "logo", UploadKind.Png, UploadKind.Svg);

        Assert.Equal((UploadKind.Png, true), (png.Kind, png.IsAccepted));
        Assert.Contains("son contenu est une image JPEG", jpegAsPng.Problem, StringComparison.Ordinal);
        Assert.True(svg.IsAccepted);
        Assert.Contains("<script>", script.Problem, StringComparison.Ordinal);
        Assert.Contains("onload", handler.Problem, StringComparison.Ordinal);
        Assert.Contains("ressource externe", external.Problem, StringComparison.Ordinal);
        Assert.False(entity.IsAccepted);
        Assert.Equal("« logo » est un fichier texte ou CSV ; formats acceptés ici : une image PNG, une image SVG. Rien n'a été enregistré.", csvAsLogo.Problem);
    }

    [Fact]
    public async Task Oversized_empty_and_binary_files_are_refused()
    {
        var small = new UploadInspector(10);
        var big = await small.InspectAsync(new MemoryStream(new byte[11]), "gros.csv", Everything, TestContext.Current.CancellationToken);
        var empty = await InspectAsync([], "vide.csv");
        var binary = await InspectAsync([0x01, 0x02, 0x00, 0xFF], "donnees.bin");
        var sqlite = await InspectAsync([.. "SQLite format 3\0"u8, .. new byte[100]], "base.gpkg");

        Assert.Equal("« gros.csv » dépasse la taille maximale de 10 octets : rien n'a été enregistré.", big.Problem);
        Assert.Contains("est vide", empty.Problem, StringComparison.Ordinal);
        Assert.Equal(UploadKind.Other, binary.Kind);
        Assert.False(binary.IsAccepted);
        Assert.Equal(UploadKind.Other, sqlite.Kind);
        Assert.False(sqlite.IsAccepted);
    }
}
