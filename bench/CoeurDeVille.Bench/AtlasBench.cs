using System.Diagnostics;
using System.Globalization;
using CoeurDeVille.Modules.Biodiversity.Atlas;
using CoeurDeVille.Modules.Biodiversity.Observations;
using CoeurDeVille.Modules.Biodiversity.Sensitivity;
using CoeurDeVille.Modules.Biodiversity.Store;
using CoeurDeVille.Modules.Biodiversity.Taxonomy;
using CoeurDeVille.Storage;

namespace CoeurDeVille.Bench;

/// <summary>
/// <c>bench atlas --base "Data Source=…" [--observations 1000000] [--graine 42]</c>: generates observations from real
/// taxa (GeoNature bib_noms) placed at real Écrins observation positions jittered inside their 1 km cell, with real
/// communes and observers (seeded), imports them, then times the commune page, species page and a grid layer reads.
/// </summary>
internal static class AtlasBench
{
    public static async Task<int> RunAsync(Arguments arguments)
    {
        var count = arguments.GetLong("observations", 1_000_000);
        var random = new Random((int)arguments.GetLong("graine", 42));
        var folder = Path.Combine(Path.GetDirectoryName(SharedData.Root)!, "biodiversity");
        var taxonomy = TaxrefReader.Load(Path.Combine(folder, "taxref", "geonature_dev_bib_noms.tsv"));
        var taxa = taxonomy.Names.Select(t => t.CdNom).ToArray();
        using var seedReader = ObservationFileReader.Open(Path.Combine(folder, "occurrences", "geonature_synthese_dev_ecrins.csv"));
        var seeds = seedReader.Read().Where(o => o.X is not null && o.InseeCodes.Count > 0).ToArray();
        var observers = seeds.Select(o => o.Observer).Distinct().ToArray();
        var dataFolder = Path.Combine(Path.GetTempPath(), "cdv-atlas-bench");
        Directory.CreateDirectory(dataFolder);
        var connections = new AtlasConnections(new CdvDbContextFactory(arguments.Get("base", "Data Source=atlas-bench.db"), dataFolder));
        var store = new ObservationStore(connections, TimeProvider.System);
        await store.SaveTaxonomyAsync(taxonomy, [], CancellationToken.None);
        var territory = "bench-" + random.Next(1_000_000).ToString(CultureInfo.InvariantCulture);
        IEnumerable<Observation> Generate()
        {
            for (var i = 0; i < count; i++)
            {
                var seed = seeds[random.Next(seeds.Length)];
                var day = new DateOnly(2000, 1, 1).AddDays(random.Next(9000));
                yield return seed with
                {
                    Identity = "id:bench-" + i.ToString(CultureInfo.InvariantCulture),
                    CdNom = taxa[random.Next(taxa.Length)], CdRef = null,
                    // Real positions, moved at most 400 m (Lambert-93 metres; the Écrins file's x_l93/y_l93).
                    X = seed.X!.Value + random.Next(-400, 400), Y = seed.Y!.Value + random.Next(-400, 400),
                    DateStart = day, DateEnd = day, Observer = observers[random.Next(observers.Length)],
                };
            }
        }

        var referential = new SensitivityReferential(SensitivityReader.Read(Path.Combine(folder, "sensitivity", "ginco_especesensible.csv")), taxonomy);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var result = await store.ImportAsync(new ObservationImport(territory, "bench", Generate()) { Taxonomy = taxonomy, Sensitivity = referential }, CancellationToken.None);
        // CPU of this process only (generation included; the PostgreSQL server's own work is not in it).
        Console.WriteLine($"import : {result.Added} observations en {result.Elapsed.TotalSeconds:0.0} s ({result.Sensitive} sensibles), " +
            $"CPU du processus {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:0.0} s");
        foreach (var (phase, elapsed) in result.Phases)
        {
            Console.WriteLine($"  {phase} : {elapsed.TotalSeconds:0.0} s");
        }

        if (arguments.Get("reimport", "non") == "oui")
        {
            random = new Random((int)arguments.GetLong("graine", 42));
            random.Next(1_000_000);
            var again = await store.ImportAsync(new ObservationImport(territory, "bench", Generate()) { Taxonomy = taxonomy, Sensitivity = referential }, CancellationToken.None);
            Console.WriteLine($"réimport : {again.Added} ajoutées, {again.Duplicates} doublons en {again.Elapsed.TotalSeconds:0.0} s");
        }

        var atlas = new AtlasReader(connections);
        var home = (await atlas.TerritoryAsync(territory, CancellationToken.None))!;
        var commune = home.Communes.OrderByDescending(c => c.Observations).First().Insee;
        var species = (await atlas.SearchAsync(territory, null, null, false, false, 1, CancellationToken.None))[0].CdRef;
        await Time("page commune", () => atlas.CommuneAsync(territory, commune, CancellationToken.None));
        await Time("page espèce (10 km)", () => atlas.SpeciesAsync(territory, species, 10, CancellationToken.None));
        await Time("couche mailles 1 km", () => atlas.CellsAsync(territory, 1, CancellationToken.None));
        await Time("couche mailles 10 km", () => atlas.CellsAsync(territory, 10, CancellationToken.None));
        return 0;
    }

    private static async Task Time<T>(string name, Func<Task<T>> read)
    {
        await read();
        var times = new List<double>();
        for (var i = 0; i < 20; i++)
        {
            var clock = Stopwatch.StartNew();
            await read();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        Console.WriteLine($"{name} : médiane {times[10]:0.0} ms, max {times[^1]:0.0} ms (20 lectures)");
    }
}
