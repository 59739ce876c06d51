using System.Globalization;
using System.Text;

namespace CoeurDeVille.Core.Validation;

/// <summary>Table Schema date/time formats: <c>default</c> (ISO 8601), <c>any</c>, or a strftime pattern such as <c>%d/%m/%Y</c>.</summary>
internal static class DateFormats
{
    private static readonly string[] IsoDateTimes =
    [
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
    ];

    private static readonly string[] IsoTimes = ["HH:mm:ss", "HH:mm:ss.FFFFFFF"];

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static bool TryParseDate(string format, string text, out DateOnly date)
    {
        format = Strip(format);
        return format switch
        {
            "default" => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date),
            "any" => DateOnly.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
                || DateOnly.TryParse(text, French, DateTimeStyles.None, out date),
            _ => DateOnly.TryParseExact(text, ToDotNet(format), CultureInfo.InvariantCulture, DateTimeStyles.None, out date),
        };
    }

    public static bool TryParseTime(string format, string text, out TimeOnly time)
    {
        format = Strip(format);
        return format switch
        {
            "default" => TimeOnly.TryParseExact(text, IsoTimes, CultureInfo.InvariantCulture, DateTimeStyles.None, out time),
            "any" => TimeOnly.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out time),
            _ => TimeOnly.TryParseExact(text, ToDotNet(format), CultureInfo.InvariantCulture, DateTimeStyles.None, out time),
        };
    }

    public static bool TryParseDateTime(string format, string text, out DateTimeOffset dateTime)
    {
        format = Strip(format);
        const DateTimeStyles styles = DateTimeStyles.AssumeUniversal;
        return format switch
        {
            "default" => DateTimeOffset.TryParseExact(text, IsoDateTimes, CultureInfo.InvariantCulture, styles, out dateTime),
            "any" => DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, styles, out dateTime)
                || DateTimeOffset.TryParse(text, French, styles, out dateTime),
            _ => DateTimeOffset.TryParseExact(text, ToDotNet(format), CultureInfo.InvariantCulture, styles, out dateTime),
        };
    }

    /// <summary>The expected format in a message: the ISO default, « format libre », or the pattern.</summary>
    public static string Explain(string format, string iso)
    {
        format = Strip(format);
        return format switch
        {
            "default" => $"format attendu : {iso}",
            "any" => "format libre non reconnu",
            _ => $"format attendu : {format}",
        };
    }

    private static string Strip(string format) => format.StartsWith("fmt:", StringComparison.Ordinal) ? format[4..] : format;

    /// <summary>Translates a strftime pattern to a .NET custom format; literal characters are escaped.</summary>
    internal static string ToDotNet(string strftime)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < strftime.Length; i++)
        {
            var c = strftime[i];
            if (c == '%' && i + 1 < strftime.Length)
            {
                i++;
                builder.Append(strftime[i] switch
                {
                    'Y' => "yyyy",
                    'y' => "yy",
                    'm' => "MM",
                    'd' => "dd",
                    'H' => "HH",
                    'I' => "hh",
                    'M' => "mm",
                    'S' => "ss",
                    'f' => "FFFFFF",
                    'p' => "tt",
                    'b' => "MMM",
                    'B' => "MMMM",
                    'a' => "ddd",
                    'A' => "dddd",
                    'z' or 'Z' => "zzz",
                    '%' => "\\%",
                    var other => "\\" + other,
                });
            }
            else
            {
                builder.Append('\\').Append(c);
            }
        }

        return builder.ToString();
    }
}
