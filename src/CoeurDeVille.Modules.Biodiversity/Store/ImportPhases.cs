using System.Diagnostics;

namespace CoeurDeVille.Modules.Biodiversity.Store;

/// <summary>Wall time of each import phase, in order (shown by the bench and the CLI to see what dominates).</summary>
internal sealed class ImportPhases
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<KeyValuePair<string, TimeSpan>> _laps = [];

    public IReadOnlyList<KeyValuePair<string, TimeSpan>> Laps => _laps;

    /// <summary>Records the time since the previous lap under <paramref name="name"/>.</summary>
    public void Lap(string name)
    {
        _laps.Add(new(name, _clock.Elapsed));
        _clock.Restart();
    }

    /// <summary>Records a duration measured elsewhere (a parallel thread), without moving the lap clock.</summary>
    public void Add(string name, TimeSpan duration) => _laps.Add(new(name, duration));
}
