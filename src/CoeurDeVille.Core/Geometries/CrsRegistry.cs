using System.Collections.Frozen;
using System.Globalization;
using ProjNet.CoordinateSystems;

namespace CoeurDeVille.Core.Geometries;

/// <summary>
/// The coordinate reference systems the platform reads and writes, as OGC WKT 1 for ProjNet.
/// </summary>
/// <remarks>
/// Parameters come from the EPSG Geodetic Parameter Registry (epsg.org: CRS codes 4326, 2154, 3942–3950, 3857,
/// 27572, 32620, 5490 and their datums, ellipsoids and TOWGS84 shifts) and, for the French systems, from IGN's
/// definitions (« Projections coniques conformes 9 zones » and Lambert-93, RGF93 / RGAF09 / NTF fiches of
/// geodesie.ign.fr). Axis order is always easting/longitude first.
/// <list type="bullet">
/// <item>RGF93 and RGAF09 are treated as identical to WGS 84 (TOWGS84 all zero, as in EPSG's transformations 1671 and 5501 at metre level).</item>
/// <item>NTF → WGS 84 uses EPSG's 3-parameter shift (-168, -60, 320) m, accurate to 1–2 m; IGN's grid (gr3df97a) is finer but not used.</item>
/// <item>EPSG 27572 is defined by EPSG as Lambert Conic Conformal (1SP): φ0 = 52 gr (46.8°), λ0 = 0 gr from Paris
/// (2°20'14.025" E of Greenwich), k0 = 0.99987742. ProjNet has no 1SP method, so it is written here in its
/// equivalent 2SP form, with IGN's secant parallels of zone II 45°53'56.108" and 47°41'45.652" and the
/// central meridian referred to Greenwich.</item>
/// </list>
/// </remarks>
public static class CrsRegistry
{
    public const int Wgs84 = 4326;
    public const int Lambert93 = 2154;
    public const int WebMercator = 3857;
    public const int LambertIIEtendu = 27572;
    public const int Utm20NWgs84 = 32620;
    public const int Utm20NRgaf09 = 5490;

    private const string Grs80 = "SPHEROID[\"GRS 1980\",6378137,298.257222101,AUTHORITY[\"EPSG\",\"7019\"]]";
    private const string Degree = "UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]]";
    private const string Metre = "UNIT[\"metre\",1,AUTHORITY[\"EPSG\",\"9001\"]]";

    private const string Wgs84Geographic =
        "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563,AUTHORITY[\"EPSG\",\"7030\"]],AUTHORITY[\"EPSG\",\"6326\"]],"
        + "PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]]," + Degree + ",AUTHORITY[\"EPSG\",\"4326\"]]";

    private const string Rgf93Geographic =
        "GEOGCS[\"RGF93 v1\",DATUM[\"Reseau_Geodesique_Francais_1993_v1\"," + Grs80 + ",TOWGS84[0,0,0,0,0,0,0],AUTHORITY[\"EPSG\",\"6171\"]],"
        + "PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]]," + Degree + ",AUTHORITY[\"EPSG\",\"4171\"]]";

    private const string Rgaf09Geographic =
        "GEOGCS[\"RGAF09\",DATUM[\"Reseau_Geodesique_des_Antilles_Francaises_2009\"," + Grs80 + ",TOWGS84[0,0,0,0,0,0,0],AUTHORITY[\"EPSG\",\"1073\"]],"
        + "PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]]," + Degree + ",AUTHORITY[\"EPSG\",\"5489\"]]";

    private const string NtfGeographic =
        "GEOGCS[\"NTF\",DATUM[\"Nouvelle_Triangulation_Francaise\",SPHEROID[\"Clarke 1880 (IGN)\",6378249.2,293.4660212936269,AUTHORITY[\"EPSG\",\"7011\"]],"
        + "TOWGS84[-168,-60,320,0,0,0,0],AUTHORITY[\"EPSG\",\"6275\"]],PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]]," + Degree + ",AUTHORITY[\"EPSG\",\"4275\"]]";

    private static readonly FrozenDictionary<int, string> Definitions = BuildDefinitions();
    private static readonly Lazy<FrozenDictionary<int, CoordinateSystem>> Parsed = new(Parse);

    /// <summary>EPSG codes this registry knows.</summary>
    public static IReadOnlyCollection<int> SupportedCodes => Definitions.Keys;

    public static bool IsSupported(int epsg) => Definitions.ContainsKey(epsg);

    /// <summary>OGC WKT 1 of a supported CRS.</summary>
    /// <exception cref="ArgumentException">The code is not supported.</exception>
    public static string WktOf(int epsg) =>
        Definitions.TryGetValue(epsg, out var wkt) ? wkt : throw Unsupported(epsg);

    /// <summary>The ProjNet coordinate system of a supported CRS (parsed once, shared).</summary>
    /// <exception cref="ArgumentException">The code is not supported.</exception>
    public static CoordinateSystem CoordinateSystemOf(int epsg) =>
        Parsed.Value.TryGetValue(epsg, out var system) ? system : throw Unsupported(epsg);

    internal static ArgumentException Unsupported(int epsg) => new(
        $"Système de coordonnées EPSG:{epsg} non pris en charge. Systèmes disponibles : "
        + string.Join(", ", Definitions.Keys.Order().Select(code => "EPSG:" + code.ToString(CultureInfo.InvariantCulture))) + ".",
        nameof(epsg));

    private static FrozenDictionary<int, string> BuildDefinitions()
    {
        var definitions = new Dictionary<int, string>
        {
            [Wgs84] = Wgs84Geographic,
            // Lambert-93 (IGN; EPSG 2154): φ0 46.5°, λ0 3°, parallels 49° and 44°, E0 700 000 m, N0 6 600 000 m.
            [Lambert93] = LambertConic("RGF93 v1 / Lambert-93", Rgf93Geographic, 46.5, 3, 49, 44, 700_000, 6_600_000, Lambert93),
            // Pseudo-Mercator (EPSG 3857), spherical development on the WGS 84 semi-major axis.
            [WebMercator] =
                "PROJCS[\"WGS 84 / Pseudo-Mercator\"," + Wgs84Geographic + ",PROJECTION[\"Pseudo-Mercator\"],"
                + "PARAMETER[\"latitude_of_origin\",0],PARAMETER[\"central_meridian\",0],PARAMETER[\"scale_factor\",1],"
                + "PARAMETER[\"false_easting\",0],PARAMETER[\"false_northing\",0]," + Metre + ",AXIS[\"X\",EAST],AXIS[\"Y\",NORTH],AUTHORITY[\"EPSG\",\"3857\"]]",
            // NTF (Paris) / Lambert zone II, "étendu" (EPSG 27572), see the remarks for the 2SP form.
            [LambertIIEtendu] = LambertConic(
                "NTF (Paris) / Lambert zone II", NtfGeographic, 46.8, 2.337229166666667,
                45 + (53 / 60.0) + (56.108 / 3600), 47 + (41 / 60.0) + (45.652 / 3600), 600_000, 2_200_000, LambertIIEtendu),
            // UTM zone 20N (EPSG 32620 on WGS 84, 5490 on RGAF09): λ0 -63°, k0 0.9996, E0 500 000 m.
            [Utm20NWgs84] = TransverseMercator("WGS 84 / UTM zone 20N", Wgs84Geographic, -63, 0.9996, 500_000, 0, Utm20NWgs84),
            [Utm20NRgaf09] = TransverseMercator("RGAF09 / UTM zone 20N", Rgaf09Geographic, -63, 0.9996, 500_000, 0, Utm20NRgaf09),
        };

        // Lambert conformal conic 9 zones CC42–CC50 (IGN; EPSG 3942–3950): zone n has φ0 = n°,
        // parallels n ∓ 0.75°, λ0 3°, E0 1 700 000 m and N0 = (n − 41) × 1 000 000 + 200 000 m.
        for (var zone = 42; zone <= 50; zone++)
        {
            var code = 3900 + zone;
            definitions[code] = LambertConic(
                $"RGF93 v1 / CC{zone}", Rgf93Geographic, zone, 3, zone - 0.75, zone + 0.75, 1_700_000, ((zone - 41) * 1_000_000) + 200_000, code);
        }

        return definitions.ToFrozenDictionary();
    }

    private static string LambertConic(
        string name, string geographic, double latitudeOfOrigin, double centralMeridian,
        double parallel1, double parallel2, double falseEasting, double falseNorthing, int code) =>
        string.Create(CultureInfo.InvariantCulture,
            $"PROJCS[\"{name}\",{geographic},PROJECTION[\"Lambert_Conformal_Conic_2SP\"],"
            + $"PARAMETER[\"latitude_of_origin\",{latitudeOfOrigin:R}],PARAMETER[\"central_meridian\",{centralMeridian:R}],"
            + $"PARAMETER[\"standard_parallel_1\",{parallel1:R}],PARAMETER[\"standard_parallel_2\",{parallel2:R}],"
            + $"PARAMETER[\"false_easting\",{falseEasting:R}],PARAMETER[\"false_northing\",{falseNorthing:R}],"
            + $"{Metre},AXIS[\"X\",EAST],AXIS[\"Y\",NORTH],AUTHORITY[\"EPSG\",\"{code}\"]]");

    private static string TransverseMercator(
        string name, string geographic, double centralMeridian, double scale, double falseEasting, double falseNorthing, int code) =>
        string.Create(CultureInfo.InvariantCulture,
            $"PROJCS[\"{name}\",{geographic},PROJECTION[\"Transverse_Mercator\"],"
            + $"PARAMETER[\"latitude_of_origin\",0],PARAMETER[\"central_meridian\",{centralMeridian:R}],PARAMETER[\"scale_factor\",{scale:R}],"
            + $"PARAMETER[\"false_easting\",{falseEasting:R}],PARAMETER[\"false_northing\",{falseNorthing:R}],"
            + $"{Metre},AXIS[\"Easting\",EAST],AXIS[\"Northing\",NORTH],AUTHORITY[\"EPSG\",\"{code}\"]]");

    private static FrozenDictionary<int, CoordinateSystem> Parse()
    {
        var factory = new CoordinateSystemFactory();
        return Definitions.ToFrozenDictionary(pair => pair.Key, pair => factory.CreateFromWkt(pair.Value));
    }
}
