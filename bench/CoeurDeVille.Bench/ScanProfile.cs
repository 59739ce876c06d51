using System.Diagnostics;
using System.Globalization;
using System.Text.Unicode;
using CoeurDeVille.Core.Tabular;
using CoeurDeVille.Extraction.Csv;

namespace CoeurDeVille.Bench;

/// <summary>
/// Where the code filter's time goes: each stage of the scanner timed alone on one core over the same file
/// (read, UTF-8 check, line split, field count, key lookup), then the whole scanner with varying chunk sizes and parallelism.
/// </summary>
internal static class ScanProfile
{
    public static int Run(Arguments arguments)
    {
        var path = arguments.Get("fichier");
        var limit = arguments.GetLong("limite-mo", 1024) << 20;
        var chunk = new byte[4 << 20];

        Stage("lecture seule", path, limit, chunk, _ => 0);
        Stage("Utf8.IsValid", path, limit, chunk, data => Utf8.IsValid(data) ? 0 : 1);
        Stage("IndexOf('\\n') par ligne", path, limit, chunk, data =>
        {
            var lines = 0;
            while (!data.IsEmpty)
            {
                var end = data.IndexOf((byte)'\n');
                if (end < 0)
                {
                    break;
                }

                lines++;
                data = data[(end + 1)..];
            }

            return lines;
        });
        Stage("+ Count(',') par ligne", path, limit, chunk, data =>
        {
            var fields = 0;
            while (!data.IsEmpty)
            {
                var end = data.IndexOf((byte)'\n');
                if (end < 0)
                {
                    break;
                }

                fields += data[..end].Count((byte)',');
                data = data[(end + 1)..];
            }

            return fields;
        });

        ILineClassifier classifier = new ConstantClassifier();
        if (arguments.Get("epci", "") is { Length: > 0 } siren)
        {
            var settings = new CoeurDeVille.Core.Configuration.CdvSettings { DataFolder = Path.Combine(Path.GetTempPath(), "cdv-bench") };
            settings.Territoires.Decoupage = SharedData.Root + "/decoupage-administratif";
            using var http = new HttpClient();
            var territories = new CoeurDeVille.Core.Territories.TerritoryLoader(settings, new CoeurDeVille.Core.Downloads.DownloadCache(settings.CacheFolder, http, TimeProvider.System)).LoadAsync().GetAwaiter().GetResult();
            var perimeter = new CoeurDeVille.Core.Territories.PerimeterResolver(territories).Resolve(new(CoeurDeVille.Core.Territories.PerimeterSpecKind.Epci, siren));
            var setup = Stopwatch.StartNew();
            var lookup = CoeurDeVille.Extraction.Filters.CodeLookup.ForPerimeters(territories, "commune", [perimeter]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"CodeLookup.ForPerimeters",-50} {setup.Elapsed.TotalSeconds:F3} s"));
            setup.Restart();
            var sniffed = CsvSniffer.Detect(path, null, null);
            _ = CsvHeader.Read(path, sniffed);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"CsvSniffer.Detect + CsvHeader.Read",-50} {setup.Elapsed.TotalSeconds:F3} s"));
            classifier = new CoeurDeVille.Extraction.Filters.CodeClassifier(lookup, 0, (byte)',');
            var hits = new List<int>();
            if (arguments.Get("tables", "false") == "true")
            {
                LookupExperiment.Run(territories, path);
            }
            Stage("CodeClassifier.Classify par ligne", path, limit, chunk, data =>
            {
                var kept = 0;
                while (!data.IsEmpty)
                {
                    var end = data.IndexOf((byte)'\n');
                    if (end < 0)
                    {
                        break;
                    }

                    hits.Clear();
                    kept += (int)classifier.Classify(data[..end], false, hits);
                    data = data[(end + 1)..];
                }

                return kept;
            });
        }
        foreach (var (size, parallelism) in new[] { (4 << 20, 1), (4 << 20, 2), (1 << 20, 2), (16 << 20, 2) })
        {
            var stopwatch = Stopwatch.StartNew();
            using var input = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            var dialect = CsvSniffer.Detect(path, null, null);
            var statistics = new CsvScanner(dialect, classifier, size, parallelism).Run(new LimitedStream(input, limit), "profil", new NullSink());
            Report($"CsvScanner bloc {size >> 20} Mo ×{parallelism}", limit, stopwatch.Elapsed.TotalSeconds, statistics.RowsRead);
        }

        return 0;
    }

    private static void Stage(string label, string path, long limit, byte[] chunk, Func<ReadOnlySpan<byte>, long> work)
    {
        var stopwatch = Stopwatch.StartNew();
        using var input = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        long total = 0;
        long result = 0;
        while (total < limit)
        {
            var read = input.ReadAtLeast(chunk, chunk.Length, throwOnEndOfStream: false);
            if (read == 0)
            {
                break;
            }

            result += work(chunk.AsSpan(0, read));
            total += read;
        }

        Report(label, total, stopwatch.Elapsed.TotalSeconds, result);
    }

    private static void Report(string label, long bytes, double seconds, long result) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label,-50} {bytes / 1e9 / seconds,6:F2} Go/s  ({seconds:F2} s, {result})"));
}
