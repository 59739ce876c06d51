namespace CoeurDeVille.Extraction.Records;

/// <summary>The columns of a source, in order, and whether its records carry a geometry.</summary>
/// <param name="Srid">EPSG code of the geometries as read (before any reprojection), when known.</param>
public sealed record SourceSchema(IReadOnlyList<string> Columns, bool HasGeometry, int? Srid)
{
    public int IndexOf(string column)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (string.Equals(Columns[i], column, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
