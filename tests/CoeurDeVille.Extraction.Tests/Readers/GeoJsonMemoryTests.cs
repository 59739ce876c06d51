using System.Text;
using CoeurDeVille.Extraction.Readers;
using CoeurDeVille.Extraction.Records;
using CoeurDeVille.TestSupport;
using NetTopologySuite.Geometries;
using Xunit;

namespace CoeurDeVille.Extraction.Tests.Readers;

/// <summary>Measures retained memory, so it runs alone: GC.GetTotalMemory counts every thread's allocations.</summary>
[Collection(nameof(MemorySensitiveCollection))]
public sealed class GeoJsonMemoryTests
{
    [Fact]
    public void Memory_stays_flat_on_a_file_much_larger_than_the_buffer()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("grand.geojson");
        const int count = 80_000;
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)))
        {
            writer.Write("{\"type\":\"FeatureCollection\",\"features\":[");
            for (var i = 0; i < count; i++)
            {
                writer.Write(i == 0 ? "\n" : ",\n");
                writer.Write($"{{\"type\":\"Feature\",\"properties\":{{\"id\":{i},\"nom\":\"arbre n° {i} — platane commun du cours\"}},\"geometry\":{{\"type\":\"Point\",\"coordinates\":[4.08{i % 1000},44.12{i % 997}]}}}}");
            }

            writer.Write("]}");
        }

        var fileSize = new FileInfo(path).Length;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var source = new GeoJsonRecordSource(path);
        TestContext.Current.TestOutputHelper?.WriteLine($"première passe : {clock.ElapsedMilliseconds} ms pour {fileSize} octets");
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        long peak = 0;
        long read = 0;
        foreach (var record in source.ReadAll(TestContext.Current.CancellationToken))
        {
            if (++read % 20_000 == 0)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true) - baseline);
                Assert.InRange(source.Position, 1, fileSize);
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"total : {clock.ElapsedMilliseconds} ms");
        Assert.Equal(count, read);
        Assert.True(fileSize > 12_000_000, $"fichier de test trop petit : {fileSize}");
        // Reading the whole collection would retain several times the file size; streaming retains a buffer and one feature.
        Assert.True(peak < fileSize / 2, $"mémoire retenue {peak} octets pour un fichier de {fileSize} octets");
    }
}
