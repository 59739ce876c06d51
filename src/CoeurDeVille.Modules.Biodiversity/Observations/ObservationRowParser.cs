using System.Globalization;
using System.Text.RegularExpressions;
using CoeurDeVille.Core.Geometries;
using CoeurDeVille.Modules.Biodiversity.Grid;
using CoeurDeVille.Modules.Biodiversity.Tabular;
using NetTopologySuite.IO;

namespace CoeurDeVille.Modules.Biodiversity.Observations;

/// <summary>Turns one row into an <see cref="Observation"/>, or into French errors naming the line and field.</summary>
internal sealed partial class ObservationRowParser(DelimitedTable table, ObservationColumns columns, ObservationReadOptions options, bool requireCdNom)
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy/MM/dd", "dd/MM/yyyy", "yyyy-MM", "yyyy"];
    private readonly DateOnly _today = DateOnly.FromDateTime(options.Time.GetLocalNow().DateTime);
    private readonly WKTReader _wkt = new();

    public Observation? Parse(DelimitedRow row, List<FileError> errors)
    {
        var before = errors.Count;
        if (row.Values.Length > table.Columns.Count && row.Values.Skip(table.Columns.Count).Any(v => v.Trim().Length > 0))
        {
            errors.Add(Error(row, null, string.Create(CultureInfo.InvariantCulture, $"{row.Values.Length} valeurs pour {table.Columns.Count} colonnes (séparateur ou guillemet en trop ?)"), string.Create(CultureInfo.InvariantCulture, $"{table.Columns.Count} valeurs séparées par « {Name(table.Separator)} »")));
            return null;
        }

        // SINP: nomCite is mandatory, cdNom only when the taxon is in TAXREF ("Inconnu" absences have none).
        var cited = row[columns.CitedName];
        var cdNom = TaxonCode(row, columns.CdNom, errors, requireCdNom && cited is null);
        var cdRef = TaxonCode(row, columns.CdRef, errors, required: false);
        if (cdNom is null && cited is null && errors.Count == before)
        {
            errors.Add(Error(row, columns.CitedName >= 0 ? columns.CitedName : null, "taxon absent", "un CD_NOM ou un nom cité"));
        }

        if (cdNom is { } nom && options.Taxonomy is { } taxonomy)
        {
            if (taxonomy.ReferenceOf(nom) is { } resolved)
            {
                cdRef = resolved;
            }
            else
            {
                errors.Add(Error(row, columns.CdNom, $"CD_NOM {nom} inconnu du référentiel TAXREF chargé", "un CD_NOM de TAXREF"));
            }
        }

        var start = Date(row, columns.DateStart, errors, required: true);
        var end = Date(row, columns.DateEnd, errors, required: false) ?? start;
        if (start is { } s && end is { } e && e < s)
        {
            errors.Add(Error(row, columns.DateEnd, $"date de fin {e:yyyy-MM-dd} antérieure à la date de début {s:yyyy-MM-dd}", "une date de fin postérieure ou égale au début"));
        }

        if (start is { } first && first > _today)
        {
            errors.Add(Error(row, columns.DateStart, $"date {first:yyyy-MM-dd} dans le futur", "une date passée"));
        }

        var countMin = Count(row, columns.CountMin, errors);
        var countMax = Count(row, columns.CountMax, errors);
        if (countMin > countMax)
        {
            errors.Add(Error(row, columns.CountMax, $"dénombrement maximal {countMax} inférieur au minimal {countMin}", "un maximum supérieur ou égal au minimum"));
        }

        var (x, y, epsg) = Position(row, errors);
        var insee = Insee(row, errors);
        var cells = Cells(row, errors);
        var deleted = Deleted(row, errors);
        var absent = Absent(row, errors);
        var validation = Validation(row, errors);
        var altitudeMin = Altitude(row, columns.AltitudeMin, errors);
        var altitudeMax = Altitude(row, columns.AltitudeMax, errors) ?? altitudeMin;
        if (altitudeMin > altitudeMax)
        {
            errors.Add(Error(row, columns.AltitudeMax, $"altitude maximale {altitudeMax} inférieure à la minimale {altitudeMin}", "un maximum supérieur ou égal au minimum"));
        }

        if (errors.Count > before)
        {
            return null;
        }

        var observation = new Observation
        {
            Identity = "",
            SourceId = columns.SourceIds.Select(i => row[i]).FirstOrDefault(id => id is not null),
            Line = row.Line,
            CdNom = cdNom,
            CdRef = cdRef ?? cdNom,
            CitedName = cited,
            DateStart = start,
            DateEnd = end,
            CountMin = countMin,
            CountMax = countMax ?? countMin,
            X = x,
            Y = y,
            Epsg = epsg,
            InseeCodes = insee,
            CellCodes = cells,
            Absent = absent,
            Observer = row[columns.Observer],
            BiologicalStatus = row[columns.BiologicalStatus],
            Deleted = deleted,
            ValidationLevel = validation,
            AltitudeMin = altitudeMin ?? altitudeMax,
            AltitudeMax = altitudeMax,
        };
        return observation with { Identity = ObservationIdentity.Of(observation) };
    }

    private int? TaxonCode(DelimitedRow row, int index, List<FileError> errors, bool required)
    {
        var text = row[index];
        if (text is null)
        {
            if (required)
            {
                errors.Add(Error(row, index >= 0 ? index : null, index >= 0 ? "valeur vide" : "colonne cd_nom absente", "un CD_NOM de TAXREF (entier positif)"));
            }

            return null;
        }

        // Codes padded with zeros ("0060612") or exported as decimals ("60612.0") are the same code.
        var digits = text.EndsWith(".0", StringComparison.Ordinal) ? text[..^2] : text;
        if (int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var code) && code > 0)
        {
            return code;
        }

        errors.Add(Error(row, index, $"« {text} » n'est pas un code TAXREF", "un entier positif"));
        return null;
    }

    private DateOnly? Date(DelimitedRow row, int index, List<FileError> errors, bool required)
    {
        var text = row[index];
        if (text is null)
        {
            if (required)
            {
                errors.Add(Error(row, index >= 0 ? index : null, index >= 0 ? "date vide" : "colonne de date absente (date_min, date_debut, jourDateDebut ou eventDate)", "une date AAAA-MM-JJ"));
            }

            return null;
        }

        if (TryDate(text, out var date))
        {
            return date;
        }

        errors.Add(Error(row, index, $"« {text} » n'est pas une date", "AAAA-MM-JJ, AAAA/MM/JJ ou JJ/MM/AAAA (heure et fuseau facultatifs)"));
        return null;
    }

    internal static bool TryDate(string text, out DateOnly date)
    {
        // Darwin Core eventDate may be an interval "2010-01-01/2010-02-01": its start is the date.
        var value = text.Trim();
        if (value.Length > 10 && value.IndexOf('/', 8) is var slash and > 0 && value[4] == '-')
        {
            value = value[..slash];
        }

        // Drop the time ("2017-08-03 13:29:28.2", "2015-01-01T00:00+0100").
        if (value.Length > 10 && (value[10] == ' ' || value[10] == 'T'))
        {
            value = value[..10];
        }

        return DateOnly.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    private int? Validation(DelimitedRow row, List<FileError> errors)
    {
        var text = row[columns.Validation];
        if (text is null)
        {
            return null;
        }

        if (SinpValidation.TryParse(text, out var code))
        {
            return code;
        }

        errors.Add(Error(row, columns.Validation, $"« {text} » n'est pas un niveau de validation", SinpValidation.Expected));
        return null;
    }

    /// <summary>
    /// Metres, rounded (SINP gives decimals). Text that is no number (GBIF's DwC files hold « ? », « ~ 1800 »,
    /// « 2600-3000 » in minimumElevationInMeters) leaves the altitude unknown: it is descriptive, not worth refusing a
    /// file for. A number outside -500…9000 m is refused: feet or a wrong unit would put records in the wrong class.
    /// </summary>
    private int? Altitude(DelimitedRow row, int index, List<FileError> errors)
    {
        var text = row[index];
        if (text is null || !TryNumber(text, out var metres))
        {
            return null;
        }

        if (metres is >= -500 and <= 9_000)
        {
            return (int)Math.Round(metres, MidpointRounding.AwayFromZero);
        }

        errors.Add(Error(row, index, $"« {text} » n'est pas une altitude", "un nombre de mètres entre -500 et 9000"));
        return null;
    }

    private int? Count(DelimitedRow row, int index, List<FileError> errors)
    {
        var text = row[index];
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text.EndsWith(".0", StringComparison.Ordinal) ? text[..^2] : text, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return count;
        }

        errors.Add(Error(row, index, $"« {text} » n'est pas un dénombrement", "un entier positif ou nul"));
        return null;
    }

    private (double? X, double? Y, int? Epsg) Position(DelimitedRow row, List<FileError> errors)
    {
        if (row[columns.XL93] is { } xText && row[columns.YL93] is { } yText)
        {
            return Numbers(row, columns.XL93, xText, columns.YL93, yText, errors) is var (x, y) ? (x, y, CrsRegistry.Lambert93) : default;
        }

        if (row[columns.Longitude] is { } lonText && row[columns.Latitude] is { } latText)
        {
            return Numbers(row, columns.Longitude, lonText, columns.Latitude, latText, errors) is var (x, y) ? WithCrs(row, columns.Longitude, x, y, errors) : default;
        }

        if (row[columns.Wkt] is { } wkt)
        {
            try
            {
                var geometry = _wkt.Read(wkt);
                var point = geometry.IsEmpty ? null : geometry.Centroid;
                if (point is null || !double.IsFinite(point.X) || !double.IsFinite(point.Y))
                {
                    errors.Add(Error(row, columns.Wkt, "géométrie vide", "une géométrie WKT (POINT(6.5 44.85))"));
                    return default;
                }

                return WithCrs(row, columns.Wkt, point.X, point.Y, errors);
            }
            catch (ParseException exception)
            {
                errors.Add(Error(row, columns.Wkt, $"WKT illisible ({exception.Message})", "une géométrie WKT (POINT(6.5 44.85))"));
            }
        }

        return default;
    }

    private (double? X, double? Y, int? Epsg) WithCrs(DelimitedRow row, int index, double x, double y, List<FileError> errors)
    {
        if (Math.Abs(x) <= 180 && Math.Abs(y) <= 90)
        {
            return (x, y, CrsRegistry.Wgs84);
        }

        if (options.DeclaredEpsg is { } declared)
        {
            return (x, y, declared);
        }

        // Projected metres in columns named longitude/latitude (naturaliz): recognise the systems whose ranges cannot be confused.
        if (x is >= 99_000 and <= 1_243_000 && y is >= 6_049_000 and <= 7_111_000)
        {
            return (x, y, CrsRegistry.Lambert93);
        }

        if (x is >= 400_000 and <= 800_000 && y is >= 1_500_000 and <= 1_900_000)
        {
            return (x, y, CrsRegistry.Utm20NRgaf09);
        }

        errors.Add(Error(row, index, string.Create(CultureInfo.InvariantCulture, $"coordonnées ({x}, {y}) en mètres d'un système non reconnu"),
            "des degrés WGS 84, du Lambert-93, de l'UTM 20N (Antilles), ou le système déclaré avec --epsg"));
        return default;
    }

    private (double, double)? Numbers(DelimitedRow row, int xIndex, string xText, int yIndex, string yText, List<FileError> errors)
    {
        var okX = TryNumber(xText, out var x);
        var okY = TryNumber(yText, out var y);
        if (!okX)
        {
            errors.Add(Error(row, xIndex, $"« {xText} » n'est pas un nombre", "une coordonnée décimale (point ou virgule)"));
        }

        if (!okY)
        {
            errors.Add(Error(row, yIndex, $"« {yText} » n'est pas un nombre", "une coordonnée décimale (point ou virgule)"));
        }

        return okX && okY ? (x, y) : null;
    }

    private string[] Insee(DelimitedRow row, List<FileError> errors)
    {
        var text = row[columns.Insee];
        if (text is null)
        {
            return [];
        }

        var codes = new List<string>();
        foreach (var part in text.Split([',', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // Spreadsheets drop the leading zero of départements 01–09 ("5101" for 05101).
            var code = part.Length == 4 && part.All(char.IsAsciiDigit) ? "0" + part : part.ToUpperInvariant();
            if (!InseePattern().IsMatch(code))
            {
                errors.Add(Error(row, columns.Insee, $"« {part} » n'est pas un code INSEE de commune", "5 caractères (05101, 2A004, 97209), plusieurs séparés par des virgules"));
                return [];
            }

            codes.Add(code);
        }

        return [.. codes.Distinct(StringComparer.Ordinal)];
    }

    private string[] Cells(DelimitedRow row, List<FileError> errors)
    {
        var text = row[columns.Cell];
        if (text is null)
        {
            return [];
        }

        var codes = text.Split([',', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var code in codes)
        {
            if (!InpnCell.TryParse(code, out _))
            {
                errors.Add(Error(row, columns.Cell, $"« {code} » n'est pas un code de maille", "un code de maille INPN (10kmL93E097N643, 1kmL93E0974N6431), plusieurs séparés par des virgules"));
                return [];
            }
        }

        return codes;
    }

    private bool Absent(DelimitedRow row, List<FileError> errors)
    {
        var text = row[columns.Status];
        switch (text?.ToLowerInvariant())
        {
            case null or "pr" or "présent" or "present" or "nsp" or "ne sait pas":
                return false;
            case "no" or "non observé" or "absent":
                return true;
            default:
                errors.Add(Error(row, columns.Status, $"« {text} » n'est pas un statut d'observation", "Pr (présent), No (non observé) ou NSP"));
                return false;
        }
    }

    private bool Deleted(DelimitedRow row, List<FileError> errors)
    {
        var text = row[columns.Deleted];
        switch (text?.ToLowerInvariant())
        {
            case null or "f" or "false" or "0" or "non" or "n":
                return false;
            case "t" or "true" or "1" or "oui" or "o":
                return true;
            default:
                errors.Add(Error(row, columns.Deleted, $"« {text} » n'est pas un booléen", "t ou f (true/false)"));
                return false;
        }
    }

    private FileError Error(DelimitedRow row, int? index, string problem, string expected) =>
        new(table.FileName, row.Line, index is { } i and >= 0 ? table.Columns[i] : null, problem, expected);

    private static bool TryNumber(string text, out double value) =>
        double.TryParse(text.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    private static string Name(char separator) => separator == '\t' ? "tabulation" : separator.ToString();

    [GeneratedRegex("^([0-9]{5}|2[AB][0-9]{3})$", RegexOptions.CultureInvariant)]
    private static partial Regex InseePattern();
}
