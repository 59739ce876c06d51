namespace CoeurDeVille.Web.Validation;

/// <summary>
/// Picks the known schema whose field names best match a header: the score is the Jaccard index of the two name sets
/// (case ignored), so a schema with many fields the file lacks loses to a closer one.
/// </summary>
public static class SchemaDetector
{
    public static SchemaMatch? Detect(IReadOnlyList<string> labels, IEnumerable<KnownSchema> schemas)
    {
        var header = labels.Where(l => l.Length > 0).Select(l => l.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        SchemaMatch? best = null;
        foreach (var schema in schemas)
        {
            var fields = schema.FieldNames.ToHashSet(StringComparer.OrdinalIgnoreCase);
            var common = fields.Count(header.Contains);
            var union = fields.Count + header.Count - common;
            var score = union == 0 ? 0 : (double)common / union;
            if (common > 0 && (best is null || score > best.Score))
            {
                best = new SchemaMatch(schema, score, common);
            }
        }

        return best;
    }
}
