using System.Globalization;

namespace CoeurDeVille.Modules.Biodiversity.Indicators;

/// <summary>A closed range of days (start dates of observations), both ends included.</summary>
public readonly record struct Period(DateOnly From, DateOnly To)
{
    public bool Contains(DateOnly date) => date >= From && date <= To;

    /// <summary>« 2010-2015 » (whole years), « 2010 » or « 2018-06-01..2020-05-31 ».</summary>
    /// <exception cref="ArgumentException">French message naming the expected forms.</exception>
    public static Period Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var value = text.Trim();
        var parts = value.Contains("..", StringComparison.Ordinal) ? value.Split("..") : value.Split('-');
        if (parts.Length == 1 && Year(parts[0]) is { } single)
        {
            return new Period(new DateOnly(single, 1, 1), new DateOnly(single, 12, 31));
        }

        if (parts.Length == 2 && Year(parts[0]) is { } first && Year(parts[1]) is { } last && first <= last)
        {
            return new Period(new DateOnly(first, 1, 1), new DateOnly(last, 12, 31));
        }

        if (parts.Length == 2 && Day(parts[0]) is { } from && Day(parts[1]) is { } to && from <= to)
        {
            return new Period(from, to);
        }

        throw new ArgumentException($"Période « {text} » : attendu des années « 2010-2015 », une année « 2018 » ou des jours « 2018-06-01..2020-05-31 » (début avant fin).");
    }

    /// <summary>The <paramref name="years"/> years before a project date and the <paramref name="years"/> years from it.</summary>
    public static (Period Before, Period After) AroundProject(DateOnly projectDate, int years)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(years, 1);
        return (new Period(projectDate.AddYears(-years), projectDate.AddDays(-1)), new Period(projectDate, projectDate.AddYears(years).AddDays(-1)));
    }

    public override string ToString() => From.Month == 1 && From.Day == 1 && To.Month == 12 && To.Day == 31
        ? From.Year == To.Year ? From.Year.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{From.Year}-{To.Year}")
        : string.Create(CultureInfo.InvariantCulture, $"{From:yyyy-MM-dd}..{To:yyyy-MM-dd}");

    private static int? Year(string text) =>
        text.Trim().Length == 4 && int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1600 ? year : null;

    private static DateOnly? Day(string text) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
