using CoeurDeVille.Extraction.Readers;

// Reads a GeoJSON file through the streaming reader and prints the largest heap retained while reading,
// measured against the heap after the reader's first pass. Output: "records=N peak=BYTES".
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: CoeurDeVille.MemoryProbe FICHIER.geojson");
    return 2;
}

using var source = new GeoJsonRecordSource(args[0]);
var baseline = GC.GetTotalMemory(forceFullCollection: true);
long peak = 0;
long records = 0;
foreach (var record in source.ReadAll())
{
    if (++records % 20_000 == 0)
    {
        peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true) - baseline);
    }

    GC.KeepAlive(record);
}

Console.WriteLine($"records={records} peak={peak}");
return 0;
