namespace CoeurDeVille.Modules.Biodiversity.Atlas;

/// <summary>
/// Observations of a taxon in one altitude class, GeoNature-atlas style: the record's altitude is
/// <c>(altitude_min + altitude_max) / 2</c> (integer, its <c>altitude_retenue</c>, <c>05.vm_observations.sql</c>) and the
/// classes are its defaults <c>altitudes=(0 500 1000 1500 2000 2500 3000 3500 4000)</c>
/// (<c>atlas/configuration/settings.ini.sample</c>, PnX-SI/GeoNature-atlas): the first class takes everything below
/// 500 m, then 500–999 … 3500–3999. GeoNature-atlas drops what lies above its last bound; here it is a last open class
/// « 4000 m et plus » so that no record goes missing. <see cref="Max"/> is inclusive, null for the open class.
/// </summary>
public sealed record AltitudeClass(int Min, int? Max, long Observations)
{
    /// <summary>Lower bounds of the classes (GeoNature-atlas' defaults).</summary>
    public static IReadOnlyList<int> Bounds { get; } = [0, 500, 1000, 1500, 2000, 2500, 3000, 3500, 4000];

    public string Label => Max is { } max ? (Min == 0 ? $"moins de {max + 1} m" : $"{Min}–{max} m") : $"{Min} m et plus";

    /// <summary>Index of the class of an altitude in metres.</summary>
    public static int IndexOf(int altitude)
    {
        for (var i = Bounds.Count - 1; i > 0; i--)
        {
            if (altitude >= Bounds[i])
            {
                return i;
            }
        }

        return 0;
    }

    /// <summary>The classes, counted from (altitude, observations) pairs; empty when no record has an altitude.</summary>
    public static IReadOnlyList<AltitudeClass> Of(IEnumerable<(int Altitude, long Observations)> altitudes)
    {
        var counts = new long[Bounds.Count];
        var any = false;
        foreach (var (altitude, observations) in altitudes)
        {
            counts[IndexOf(altitude)] += observations;
            any = true;
        }

        return any
            ? [.. counts.Select((count, i) => new AltitudeClass(Bounds[i], i + 1 < Bounds.Count ? Bounds[i + 1] - 1 : null, count))]
            : [];
    }
}
