using System.Security.Cryptography;
using System.Text;
using CoeurDeVille.Modules.Biodiversity.Exports;
using CoeurDeVille.Modules.Biodiversity.Observations;
using CoeurDeVille.TestSupport;
using Xunit;

namespace CoeurDeVille.Modules.Biodiversity.Tests.Exports;

/// <summary>
/// The identifier an export gives a record that has none must not be a function of a position the blurring hid:
/// the id of a blurred record is the one of its published content, never the one of its precise content.
/// </summary>
public sealed class ExportIdentifierTests
{
    private const string Cell = "10kmL93E093N645";

    // Two sightings 40 m apart in one 10 km cell, same taxon, day and observer; and one with a source permanent id.
    private static readonly Observation First = Precise(933_412.37, 6_452_871.12);
    private static readonly Observation Second = Precise(933_452.81, 6_452_869.44);
    private static readonly Observation WithSourceId = Precise(934_001.5, 6_453_002.25) with { SourceId = "3f2b9c1e-6d4a-4f7e-9a51-0c2d8e7b1a44" };

    private static Observation Precise(double x, double y)
    {
        var observation = new Observation
        {
            Identity = "",
            CdNom = 3571,
            CitedName = "Aquila chrysaetos",
            DateStart = new DateOnly(2021, 5, 14),
            X = x,
            Y = y,
            Epsg = 2154,
            InseeCodes = ["05063"],
            CellCodes = [Cell],
            Observer = "Martin (Jeanne)",
            CountMin = 1,
            CountMax = 1,
        };
        return observation with { Identity = ObservationIdentity.Of(observation) };
    }

    /// <summary>The sensitivity rule of the test: the point is dropped, the 10 km cell kept.</summary>
    private static Observation Blur(Observation o) => o with { X = null, Y = null, Epsg = null };

    /// <summary>Name-based UUID of a content hash, written here from RFC 9562 (version 5 layout over SHA-256).</summary>
    private static string Uuid(string content)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(content));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return Convert.ToHexStringLower(hash.AsSpan(0, 16)).Insert(20, "-").Insert(16, "-").Insert(12, "-").Insert(8, "-");
    }

    private static List<string?> ExportedIds(ExportFormat format)
    {
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, "export" + ObservationExporter.ExtensionOf(format));
        var options = new ObservationExportOptions { Blur = o => o.SourceId is null ? Blur(o) : o };
        var result = ObservationExporter.Export([First, Second, WithSourceId], format, path, options, TestContext.Current.CancellationToken);
        Assert.Equal(2, result.Blurred);
        using var reader = ObservationFileReader.Open(path);
        return [.. reader.Read().Select(o => o.SourceId)];
    }

    [Theory]
    [InlineData(ExportFormat.DarwinCoreArchive)] // occurrenceID
    [InlineData(ExportFormat.SinpCsv)] // identifiantPermanent
    public void A_blurred_record_gets_the_id_of_its_published_content_and_a_source_id_is_kept(ExportFormat format)
    {
        var ids = ExportedIds(format);

        var published = ObservationIdentity.Content(Blur(First));
        Assert.Equal(ObservationIdentity.Content(Blur(Second)), published); // blurring made them equal
        Assert.Equal([Uuid(published), Uuid(published + "#2"), WithSourceId.SourceId], ids);
        // The precise content, which an attacker could search cell by cell, gives other ids.
        Assert.DoesNotContain(Uuid(First.Identity), ids);
        Assert.DoesNotContain(Uuid(Second.Identity), ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void A_record_the_blurring_leaves_alone_keeps_the_id_of_its_content()
    {
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, "export.csv");

        ObservationExporter.Export([First], ExportFormat.SinpCsv, path, new ObservationExportOptions(), TestContext.Current.CancellationToken);

        using var reader = ObservationFileReader.Open(path);
        Assert.Equal(Uuid(First.Identity), Assert.Single(reader.Read()).SourceId);
    }
}
