using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace CoeurDeVille.Storage.Territories;

/// <summary>Extended WKB (with SRID) for geometries stored in SQLite.</summary>
internal static class GeometryWkb
{
    public static byte[] ToBytes(Geometry geometry) =>
        new WKBWriter(ByteOrder.LittleEndian, handleSRID: true).Write(geometry);

    public static Geometry FromBytes(byte[] bytes) => new WKBReader().Read(bytes);

    public static bool AreEqual(Geometry? left, Geometry? right) =>
        left is null ? right is null : right is not null && left.SRID == right.SRID && left.EqualsExact(right);

    public static int HashCode(Geometry geometry) => geometry.GetHashCode();

    public static Geometry Snapshot(Geometry geometry) => geometry.Copy();
}
