namespace CoeurDeVille.Modules.Biodiversity.Store;

/// <summary>
/// Outcome of an import. <see cref="Duplicates"/>: records whose identity the dataset already held (a re-import), kept once.
/// <see cref="Sensitive"/>: new records given a sensitivity level above 0 by the referential.
/// </summary>
public sealed record ObservationImportResult(long Read, long Added, long Duplicates, long Sensitive, TimeSpan Elapsed);
