using System.Globalization;
using System.Text.RegularExpressions;

namespace CoeurDeVille.Modules.Biodiversity.Grid;

/// <summary>
/// A square of the INPN Lambert-93 grids (10, 5 or 1 km), identified by its size and south-west corner in units of
/// the grid's code (10 km for the 10 km grid, 1 km for the others). Compared numerically, so
/// <c>1kmL93E742N6946</c> and <c>1kmL93E0742N6946</c> are the same cell.
/// </summary>
public readonly partial record struct InpnCell(int SizeKm, int Easting, int Northing)
{
    /// <summary>The code: <c>10kmL93E{x/10 km:000}N{y/10 km:000}</c>, <c>5kmL93E{x/1 km:0000}…</c>, <c>1kmL93E{x/1 km:0000}N{y/1 km:0000}</c>.</summary>
    public string Code => SizeKm == 10
        ? string.Create(CultureInfo.InvariantCulture, $"10kmL93E{Easting:000}N{Northing:000}")
        : string.Create(CultureInfo.InvariantCulture, $"{SizeKm}kmL93E{Easting:0000}N{Northing:0000}");

    /// <summary>South-west corner in Lambert-93 metres.</summary>
    public (double X, double Y) SouthWest => SizeKm == 10 ? (Easting * 10_000d, Northing * 10_000d) : (Easting * 1_000d, Northing * 1_000d);

    /// <summary>The 10 km cell containing this one.</summary>
    public InpnCell Ten => SizeKm == 10 ? this : new InpnCell(10, Easting / 10, Northing / 10);

    /// <summary>The cell of <paramref name="sizeKm"/> (10, 5 or 1) containing a Lambert-93 position.</summary>
    public static InpnCell FromLambert93(double x, double y, int sizeKm)
    {
        var metres = sizeKm * 1_000d;
        var unit = sizeKm == 10 ? 10_000d : 1_000d;
        // Snap to the cell's corner, then express it in the code's unit (the 5 km grid counts kilometres).
        var east = Math.Floor(x / metres) * metres / unit;
        var north = Math.Floor(y / metres) * metres / unit;
        return sizeKm is 10 or 5 or 1
            ? new InpnCell(sizeKm, (int)east, (int)north)
            : throw new ArgumentOutOfRangeException(nameof(sizeKm), sizeKm, "Mailles INPN : 10, 5 ou 1 km.");
    }

    /// <summary>
    /// Parses a code whatever its zero-padding or case (<c>10kmL93E095N641</c>, <c>1kmL93E742N6946</c>). SINP files also
    /// write the short form <c>E041N653</c> of the 10 km grid (three digits) or the 1 km grid (four digits).
    /// </summary>
    public static bool TryParse(string? code, out InpnCell cell)
    {
        cell = default;
        var match = code is null ? Match.Empty : CodePattern().Match(code.Trim());
        var size = 0;
        if (!match.Success
            || !(match.Groups[1].Success
                ? int.TryParse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out size)
                : (size = match.Groups[2].Length == 3 && match.Groups[3].Length == 3 ? 10 : match.Groups[2].Length == 4 && match.Groups[3].Length == 4 ? 1 : 0) > 0)
            || size is not (10 or 5 or 1)
            || !int.TryParse(match.Groups[2].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var east)
            || !int.TryParse(match.Groups[3].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var north))
        {
            return false;
        }

        cell = new InpnCell(size, east, north);
        return true;
    }

    public override string ToString() => Code;

    [GeneratedRegex("^(?:([0-9]+)kmL93)?E([0-9]+)N([0-9]+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
