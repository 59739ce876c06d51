using System.Data.Common;
using System.Globalization;
using System.Text;
using NetTopologySuite.Geometries;

namespace CoeurDeVille.Storage.Layers;

/// <summary>
/// Bounding-box search on SQLite in two steps: the layer's R*Tree alone gives the matching ids (sorted here, so the
/// number matched is exact and free), then one primary-key lookup fetches the page's rows. Joining the R*Tree to the
/// rows for the page and again for the count cost ten times more (≈ 2.8 ms against 0.3 ms for 200 matches).
/// </summary>
internal static class SqliteBoxSearch
{
    // The R*Tree stores 32-bit floats rounded outwards, a few float ulps away from the stored doubles: an entry whose
    // rounded box is within this relative margin of the query's edge is checked against the exact bounds of its row.
    private const double Margin = 1e-6;

    /// <summary>Ids of the features whose exact envelope intersects <paramref name="box"/>, in ascending order.</summary>
    public static async Task<List<long>> MatchingIdsAsync(DbConnection connection, long layerId, Envelope box, CancellationToken cancellationToken)
    {
        var matches = new List<long>();
        var unsure = new List<long>();
        await using (var command = LayerStore.Command(connection, null,
            $"SELECT id, min_x, max_x, min_y, max_y FROM {LayerTables.SqliteRtree(layerId)} "
            + "WHERE min_x <= @x1 AND max_x >= @x0 AND min_y <= @y1 AND max_y >= @y0",
            ("x0", box.MinX), ("y0", box.MinY), ("x1", box.MaxX), ("y1", box.MaxY)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var id = reader.GetInt64(0);
                var sure = Below(reader.GetDouble(1), box.MaxX) && Above(reader.GetDouble(2), box.MinX)
                    && Below(reader.GetDouble(3), box.MaxY) && Above(reader.GetDouble(4), box.MinY);
                (sure ? matches : unsure).Add(id);
            }
        }

        if (unsure.Count > 0)
        {
            await using var command = LayerStore.Command(connection, null,
                $"SELECT feature_id FROM layer_features WHERE layer_id = @l AND feature_id IN ({IdList(unsure)}) "
                + "AND min_x <= @x1 AND max_x >= @x0 AND min_y <= @y1 AND max_y >= @y0",
                ("l", layerId), ("x0", box.MinX), ("y0", box.MinY), ("x1", box.MaxX), ("y1", box.MaxY));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                matches.Add(reader.GetInt64(0));
            }
        }

        matches.Sort();
        return matches;
    }

    /// <summary>Ids as SQL literals (integers only, so no injection), one statement for the whole page.</summary>
    public static string IdList(IEnumerable<long> ids)
    {
        var text = new StringBuilder();
        foreach (var id in ids)
        {
            text.Append(text.Length == 0 ? "" : ",").Append(id.ToString(CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    // The exact lower bound lies in [rounded, rounded + margin]: it is surely ≤ limit when the top of that range is.
    private static bool Below(double roundedMin, double limit) => roundedMin + Math.Abs(roundedMin) * Margin <= limit;

    private static bool Above(double roundedMax, double limit) => roundedMax - Math.Abs(roundedMax) * Margin >= limit;
}
