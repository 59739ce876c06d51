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
        const int count = 160_000;
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
            if (++read % 40_000 == 0)
            {
                peak = Math.Max(peak, RetainedSince(baseline));
                Assert.InRange(source.Position, 1, fileSize);
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"total : {clock.ElapsedMilliseconds} ms, pic retenu {peak} octets");
        Assert.Equal(count, read);
        Assert.True(fileSize > 24_000_000, $"fichier de test trop petit : {fileSize}");
        // Reading the whole collection would retain several times the file size; streaming retains a buffer and one feature.
        Assert.True(peak < fileSize / 2, $"mémoire retenue {peak} octets pour un fichier de {fileSize} octets");
    }

    /// <summary>
    /// The heap is process-wide: a server or task left by an earlier test can allocate between two readings.
    /// The smaller of two full-collection readings is what this thread's reader really keeps alive.
    /// </summary>
    private static long RetainedSince(long baseline)
    {
        var first = GC.GetTotalMemory(forceFullCollection: true);
        GC.WaitForPendingFinalizers();
        var second = GC.GetTotalMemory(forceFullCollection: true);
        return Math.Min(first, second) - baseline;
    }
}
