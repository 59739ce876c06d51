namespace CoeurDeVille.Storage.HostedTerritories;

/// <summary>
/// Counts the committed changes to hosted territories (hosting, look) made in this process, by any store instance.
/// A reader that caches a territory's look keeps the count it read before its query and reads again once the count
/// moved; changes made by another process (the <c>cdv</c> command) are seen when the reader's entry expires.
/// </summary>
public static class HostedTerritoryChanges
{
    private static long _generation;

    public static long Generation => Interlocked.Read(ref _generation);

    internal static void Committed() => Interlocked.Increment(ref _generation);
}
