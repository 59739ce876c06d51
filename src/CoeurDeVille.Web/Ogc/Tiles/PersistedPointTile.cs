using CoeurDeVille.Storage.Layers.Tiles;

namespace CoeurDeVille.Web.Ogc.Tiles;

/// <summary>
/// Encodes the points of a tile read from the tile tables (<see cref="LayerTileStore"/>): positions come from the
/// Z-order keys themselves (a 2^31 grid, cell centres), ids only, as for every layer too large to carry properties.
/// </summary>
internal static class PersistedPointTile
{
    public static byte[] Render(TilePoints points, WebMercatorTile tile, string layerName)
    {
        var encoder = new MvtLayerEncoder(layerName);
        var scale = encoder.Extent * Math.ScaleB(1.0, tile.Z - MortonCode.Level);
        var originX = (double)tile.X * encoder.Extent;
        var originY = (double)tile.Y * encoder.Extent;
        var commands = new List<uint>(3);
        for (var i = 0; i < points.Count; i++)
        {
            var code = points.Codes[i];
            var px = (int)Math.Round(((MortonCode.GridX(code) + 0.5) * scale) - originX);
            var py = (int)Math.Round(((MortonCode.GridY(code) + 0.5) * scale) - originY);
            commands.Clear();
            MvtGeometry.Point(commands, px, py);
            encoder.Add((ulong)points.Ids[i], MvtGeometry.PointType, commands);
        }

        return encoder.ToTile();
    }
}
