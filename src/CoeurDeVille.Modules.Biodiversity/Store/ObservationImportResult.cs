namespace CoeurDeVille.Modules.Biodiversity.Store;

/// <summary>
/// Outcome of an import. <see cref="Duplicates"/>: records whose identity the dataset already held (a re-import), kept once.
/// <see cref="Sensitive"/>: the dataset's records given a sensitivity level above 0 by the referential.
/// </summary>
public sealed record ObservationImportResult(long Read, long Added, long Duplicates, long Sensitive, TimeSpan Elapsed)
{
    /// <summary>Wall time per phase, in French, in order (the reading thread's busy time overlaps the writing).</summary>
    public IReadOnlyList<KeyValuePair<string, TimeSpan>> Phases { get; init; } = [];
}
