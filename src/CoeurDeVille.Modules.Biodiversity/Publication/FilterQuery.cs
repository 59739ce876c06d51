using System.Globalization;
using CoeurDeVille.Modules.Biodiversity.Exports;
using CoeurDeVille.Modules.Biodiversity.Grid;
using CoeurDeVille.Modules.Biodiversity.Indicators;
using CoeurDeVille.Modules.Biodiversity.Observations;
using Microsoft.AspNetCore.Http;
using NetTopologySuite.Geometries;

namespace CoeurDeVille.Modules.Biodiversity.Publication;

/// <summary>
/// Reads the filters of the web export and indicator routes from the query string (French names, repeated or
/// comma-separated values): <c>taxon</c> (CD_NOM or CD_REF), <c>groupe</c>, <c>du</c>, <c>au</c>, <c>commune</c>,
/// <c>maille</c>, <c>zone</c> (WKT or GeoJSON, WGS 84). Every bad value is reported, in French, none is guessed.
/// </summary>
internal static class FilterQuery
{
    /// <summary>
    /// Vertices a zone may have: a drawn project area has tens; more is a pasted contour better filtered by commune
    /// (and a GET query line is limited to 8 KB by Kestrel, about 400 vertices).
    /// </summary>
    public const int MaximumVertices = 200;

    public static ObservationFilter Parse(IQueryCollection query, Envelope? territory, List<string> errors)
    {
        var taxa = new List<int>();
        foreach (var value in Values(query, "taxon"))
        {
            if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var code) && code > 0)
            {
                taxa.Add(code);
            }
            else
            {
                errors.Add($"taxon « {value} » : attendu un code TAXREF (CD_NOM ou CD_REF), nombre entier positif.");
            }
        }

        var communes = new List<string>();
        foreach (var value in Values(query, "commune"))
        {
            if (value.Length == 5 && (value.All(char.IsAsciiDigit) || (value[2] is 'A' or 'B' && value.StartsWith('2'))))
            {
                communes.Add(value);
            }
            else
            {
                errors.Add($"commune « {value} » : attendu un code INSEE à 5 caractères (par exemple 76259).");
            }
        }

        var cells = new List<string>();
        foreach (var value in Values(query, "maille"))
        {
            if (InpnCell.TryParse(value, out var cell))
            {
                cells.Add(cell.Code);
            }
            else
            {
                errors.Add($"maille « {value} » : attendu un code de maille INPN, par exemple 10kmL93E049N690 ou 1kmL93E0497N6908.");
            }
        }

        var validation = new List<int>();
        foreach (var value in Values(query, "validation"))
        {
            if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var level) && level is >= 0 and <= SinpValidation.Unknown)
            {
                validation.Add(level);
            }
            else
            {
                errors.Add($"validation « {value} » : attendu un ou plusieurs niveaux de validation SINP de 0 à 6 séparés par des virgules ({SinpValidation.CodeList}), par exemple validation=1,2.");
            }
        }

        return new ObservationFilter
        {
            Validation = validation,
            Taxa = taxa,
            Groups = [.. Values(query, "groupe")],
            From = Date(query, "du", first: true, errors),
            To = Date(query, "au", first: false, errors),
            Communes = communes,
            Cells = cells,
            Zone = Zone(query["zone"].ToString(), territory, errors),
        };
    }

    public static IEnumerable<string> Values(IQueryCollection query, string name) =>
        query[name].SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static DateOnly? Date(IQueryCollection query, string name, bool first, List<string> errors)
    {
        var text = query[name].ToString().Trim();
        if (text.Length == 0)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is > 1700 and < 3000)
        {
            return first ? new DateOnly(year, 1, 1) : new DateOnly(year, 12, 31);
        }

        errors.Add($"{name} « {text} » : attendu une date AAAA-MM-JJ ou une année AAAA.");
        return null;
    }

    /// <summary>The zone, checked: readable, valid, not too detailed, and overlapping the territory's observed extent.</summary>
    public static Geometry? Zone(string text, Envelope? territory, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        Geometry zone;
        try
        {
            zone = ZoneReader.Parse(text, "saisie", repair: false);
        }
        catch (ArgumentException exception)
        {
            errors.Add(exception.Message);
            return null;
        }

        if (zone.NumPoints > MaximumVertices)
        {
            errors.Add($"Zone saisie : {zone.NumPoints} sommets, au plus {MaximumVertices} ; simplifiez le contour ou filtrez par commune.");
            return null;
        }

        if (territory is not null && !territory.Intersects(zone.EnvelopeInternal))
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture,
                $"Zone saisie : hors du territoire (zone {Box(zone.EnvelopeInternal)}, observations du territoire {Box(territory)}) ; vérifiez l'ordre longitude, latitude."));
            return null;
        }

        return zone;
    }

    private static string Box(Envelope e) => string.Create(CultureInfo.InvariantCulture, $"{e.MinX:0.###} à {e.MaxX:0.###} E, {e.MinY:0.###} à {e.MaxY:0.###} N");

    /// <summary>Reads « période A » / « période B » or a project date with a number of years.</summary>
    public static (Period? A, Period? B) Periods(IQueryCollection query, List<string> errors)
    {
        var project = query["projet"].ToString().Trim();
        if (project.Length > 0)
        {
            var years = query["annees"].ToString().Trim();
            var count = 3;
            if (years.Length > 0 && (!int.TryParse(years, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count is < 1 or > 30))
            {
                errors.Add($"annees « {years} » : attendu un nombre d'années entre 1 et 30.");
                return (null, null);
            }

            if (!DateOnly.TryParseExact(project, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                errors.Add($"projet « {project} » : attendu la date du projet au format AAAA-MM-JJ.");
                return (null, null);
            }

            var (before, after) = Period.AroundProject(date, count);
            return (before, after);
        }

        return (ParsePeriod(query, "periodeA", errors), ParsePeriod(query, "periodeB", errors));
    }

    private static Period? ParsePeriod(IQueryCollection query, string name, List<string> errors)
    {
        var text = query[name].ToString().Trim();
        if (text.Length == 0)
        {
            return null;
        }

        try
        {
            return Period.Parse(text);
        }
        catch (ArgumentException exception)
        {
            errors.Add($"{name} : {exception.Message}");
            return null;
        }
    }
}
