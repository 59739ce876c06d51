namespace CoeurDeVille.Modules.Trees.Inventory;

/// <summary>A calendar day asked for by a user means the inventory at the end of that day, French time.</summary>
public static class PastDates
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    /// <summary>The last instant of <paramref name="day"/> in Paris, as an offset instant.</summary>
    public static DateTimeOffset EndOf(DateOnly day)
    {
        var local = day.AddDays(1).ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, Paris.GetUtcOffset(local)).AddTicks(-1);
    }
}
