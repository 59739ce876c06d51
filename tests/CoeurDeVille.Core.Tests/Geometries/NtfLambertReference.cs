namespace CoeurDeVille.Core.Tests.Geometries;

/// <summary>
/// An independent implementation of EPSG 27572 from the EPSG Guidance Note 7-2 formulas: geocentric translation
/// (method 9603, WGS 84 → NTF, the inverse of TOWGS84[-168,-60,320]) then Lambert Conic Conformal 1SP (method 9801)
/// with EPSG's own parameters (φ0 = 52 gr, λ0 = 0 gr from Paris, k0 = 0.99987742), to check the 2SP form of the registry.
/// </summary>
internal static class NtfLambertReference
{
    private const double WgsA = 6378137.0;
    private const double WgsF = 1 / 298.257223563;
    private const double ClarkeA = 6378249.2;
    private const double ClarkeB = 6356515.0;

    public static (double X, double Y) FromWgs84(double longitude, double latitude)
    {
        var (lon, lat) = ToNtf(longitude, latitude);
        var e2 = 1 - (ClarkeB * ClarkeB / (ClarkeA * ClarkeA));
        var e = Math.Sqrt(e2);
        var phi0 = 52 * Math.PI / 200;
        var lambda0 = 2.33722917 * Math.PI / 180;
        const double k0 = 0.99987742;
        double M(double phi) => Math.Cos(phi) / Math.Sqrt(1 - (e2 * Math.Sin(phi) * Math.Sin(phi)));
        double T(double phi) => Math.Tan((Math.PI / 4) - (phi / 2)) / Math.Pow((1 - (e * Math.Sin(phi))) / (1 + (e * Math.Sin(phi))), e / 2);
        var n = Math.Sin(phi0);
        var f = M(phi0) / (n * Math.Pow(T(phi0), n));
        var r0 = ClarkeA * f * Math.Pow(T(phi0), n) * k0;
        var phi = lat * Math.PI / 180;
        var r = ClarkeA * f * Math.Pow(T(phi), n) * k0;
        var theta = n * ((lon * Math.PI / 180) - lambda0);
        return (600_000 + (r * Math.Sin(theta)), 2_200_000 + r0 - (r * Math.Cos(theta)));
    }

    private static (double Longitude, double Latitude) ToNtf(double longitude, double latitude)
    {
        var phi = latitude * Math.PI / 180;
        var lambda = longitude * Math.PI / 180;
        var e2 = WgsF * (2 - WgsF);
        var nu = WgsA / Math.Sqrt(1 - (e2 * Math.Sin(phi) * Math.Sin(phi)));
        var x = (nu * Math.Cos(phi) * Math.Cos(lambda)) - -168;
        var y = (nu * Math.Cos(phi) * Math.Sin(lambda)) - -60;
        var z = (nu * (1 - e2) * Math.Sin(phi)) - 320;
        var ce2 = 1 - (ClarkeB * ClarkeB / (ClarkeA * ClarkeA));
        var p = Math.Sqrt((x * x) + (y * y));
        var latitudeNtf = Math.Atan2(z, p * (1 - ce2));
        for (var i = 0; i < 10; i++)
        {
            var cnu = ClarkeA / Math.Sqrt(1 - (ce2 * Math.Sin(latitudeNtf) * Math.Sin(latitudeNtf)));
            latitudeNtf = Math.Atan2(z + (ce2 * cnu * Math.Sin(latitudeNtf)), p);
        }

        return (Math.Atan2(y, x) * 180 / Math.PI, latitudeNtf * 180 / Math.PI);
    }
}
