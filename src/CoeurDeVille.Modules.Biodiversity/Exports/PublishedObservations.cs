using CoeurDeVille.Modules.Biodiversity.Observations;

namespace CoeurDeVille.Modules.Biodiversity.Exports;

/// <summary>
/// What exports and indicators may use of a stream of observations: each record blurred first, then filtered, so that
/// a filter (a small zone, a 1 km cell) only ever sees the published position and cannot reveal a blurred one.
/// </summary>
internal sealed class PublishedObservations(Func<Observation, Observation?> blur, ObservationSelector selector)
{
    /// <summary>Records the blurring withheld entirely (sensitivity level « hidden »).</summary>
    public int Withheld { get; private set; }

    /// <summary>Published records the filter left out.</summary>
    public int Filtered { get; private set; }

    /// <summary>The (original, published) pairs that pass the filter, in stream order.</summary>
    public IEnumerable<(Observation Original, Observation Published)> Of(IEnumerable<Observation> observations, CancellationToken cancellationToken)
    {
        foreach (var observation in observations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (blur(observation) is not { } published)
            {
                Withheld++;
                continue;
            }

            if (!selector.Matches(published))
            {
                Filtered++;
                continue;
            }

            yield return (observation, published);
        }
    }
}
