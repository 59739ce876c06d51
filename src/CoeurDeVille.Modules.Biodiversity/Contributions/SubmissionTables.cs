namespace CoeurDeVille.Modules.Biodiversity.Contributions;

/// <summary>
/// DDL of the participatory submissions, created like <see cref="Store.AtlasTables"/> (raw SQL, IF NOT EXISTS, same
/// database, both providers). A submission keeps its precise position here only; once validated as certain or
/// probable it is copied into <c>bio_observations</c> (dataset <see cref="SubmissionStore.DatasetId"/>) and from
/// there blurred like every imported record. Days are <see cref="DateOnly.DayNumber"/>; instants are ISO 8601 text.
/// </summary>
internal static class SubmissionTables
{
    private const string Body = """
        CREATE TABLE IF NOT EXISTS bio_submissions (
          id TEXT PRIMARY KEY, territory_code TEXT NOT NULL, user_id TEXT, author_name TEXT,
          cd_nom INTEGER, cd_ref INTEGER, taxon_name TEXT, unknown_description TEXT,
          longitude DOUBLE PRECISION NOT NULL, latitude DOUBLE PRECISION NOT NULL, insee TEXT,
          day INTEGER NOT NULL, count INTEGER NOT NULL, comment TEXT, submitted_at TEXT NOT NULL,
          level INTEGER NOT NULL, validated_cd_ref INTEGER, validator_id TEXT, validator_name TEXT,
          validation_comment TEXT, validated_at TEXT, photos_published INTEGER NOT NULL, sensitivity INTEGER);
        CREATE INDEX IF NOT EXISTS bio_submissions_queue ON bio_submissions (territory_code, level, submitted_at);
        CREATE INDEX IF NOT EXISTS bio_submissions_user ON bio_submissions (user_id);
        CREATE INDEX IF NOT EXISTS bio_submissions_taxon ON bio_submissions (territory_code, validated_cd_ref);
        """;

    public static string Sqlite => Body.Replace("DOUBLE PRECISION", "REAL", StringComparison.Ordinal);

    public static string PostgreSql => Body;
}
