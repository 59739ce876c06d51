namespace CoeurDeVille.Modules.Biodiversity.Store;

/// <summary>
/// DDL of the atlas tables, kept out of the EF model like the layer tables: bulk loads use binary COPY (PostgreSQL) or
/// prepared inserts (SQLite) and reads are single indexed lookups in plain ADO.NET. Created with IF NOT EXISTS in the
/// same database as the rest of the platform. Precise observations live only in <c>bio_observations</c>; every public
/// figure is read from the <c>bio_*</c> aggregates, which are rebuilt at import from the records whose sensitivity
/// allows their grain (see <see cref="Sensitivity.SensitivityLevels"/>). Days are <see cref="DateOnly.DayNumber"/>.
/// </summary>
internal static class AtlasTables
{
    // Column lists shared by both dialects: only types differ.
    private const string Body = """
        CREATE TABLE IF NOT EXISTS bio_taxa (
          cd_nom INTEGER PRIMARY KEY, cd_ref INTEGER NOT NULL, latin_name TEXT, french_name TEXT, rank TEXT,
          group_name TEXT NOT NULL, heritage INTEGER NOT NULL, invasive INTEGER NOT NULL);
        CREATE INDEX IF NOT EXISTS bio_taxa_cd_ref ON bio_taxa (cd_ref);
        CREATE TABLE IF NOT EXISTS bio_statuses (
          cd_ref INTEGER NOT NULL, type_group TEXT, type_name TEXT NOT NULL, code TEXT NOT NULL, label TEXT, location TEXT);
        CREATE INDEX IF NOT EXISTS bio_statuses_cd_ref ON bio_statuses (cd_ref);
        CREATE TABLE IF NOT EXISTS bio_datasets (
          territory_code TEXT NOT NULL, dataset_id TEXT NOT NULL, title TEXT NOT NULL, file_name TEXT NOT NULL,
          observation_count BIGINT NOT NULL, imported_at TEXT NOT NULL,
          PRIMARY KEY (territory_code, dataset_id));
        CREATE TABLE IF NOT EXISTS bio_communes (
          territory_code TEXT NOT NULL, insee TEXT NOT NULL, name TEXT NOT NULL, PRIMARY KEY (territory_code, insee));
        CREATE TABLE IF NOT EXISTS bio_observations (
          territory_code TEXT NOT NULL, dataset_id TEXT NOT NULL, identity TEXT NOT NULL,
          cd_nom INTEGER, cd_ref INTEGER, day_start INTEGER, month INTEGER, count_min INTEGER, count_max INTEGER,
          observer TEXT, insee TEXT, departement TEXT, cell10 TEXT, cell1 TEXT, x_l93 DOUBLE PRECISION, y_l93 DOUBLE PRECISION,
          bio_status TEXT, sensitivity INTEGER NOT NULL, counted INTEGER NOT NULL,
          validation_level INTEGER, altitude_min INTEGER, altitude_max INTEGER,
          PRIMARY KEY (territory_code, dataset_id, identity));
        CREATE INDEX IF NOT EXISTS bio_observations_commune ON bio_observations (territory_code, insee, day_start);
        CREATE TABLE IF NOT EXISTS bio_territory_taxa (
          territory_code TEXT NOT NULL, cd_ref INTEGER NOT NULL, observations BIGINT NOT NULL, communes INTEGER NOT NULL,
          first_day INTEGER, last_day INTEGER, PRIMARY KEY (territory_code, cd_ref));
        CREATE TABLE IF NOT EXISTS bio_taxon_months (
          territory_code TEXT NOT NULL, cd_ref INTEGER NOT NULL, month INTEGER NOT NULL, observations BIGINT NOT NULL,
          PRIMARY KEY (territory_code, cd_ref, month));
        CREATE TABLE IF NOT EXISTS bio_commune_stats (
          territory_code TEXT NOT NULL, insee TEXT NOT NULL, species INTEGER NOT NULL, observations BIGINT NOT NULL,
          observers INTEGER NOT NULL, observation_days INTEGER NOT NULL, last_day INTEGER, PRIMARY KEY (territory_code, insee));
        CREATE TABLE IF NOT EXISTS bio_commune_taxa (
          territory_code TEXT NOT NULL, insee TEXT NOT NULL, cd_ref INTEGER NOT NULL, observations BIGINT NOT NULL,
          last_day INTEGER, PRIMARY KEY (territory_code, insee, cd_ref));
        CREATE TABLE IF NOT EXISTS bio_cell_taxa (
          territory_code TEXT NOT NULL, cd_ref INTEGER NOT NULL, size_km INTEGER NOT NULL, cell TEXT NOT NULL,
          observations BIGINT NOT NULL, last_day INTEGER, PRIMARY KEY (territory_code, cd_ref, size_km, cell));
        CREATE TABLE IF NOT EXISTS bio_cell_stats (
          territory_code TEXT NOT NULL, size_km INTEGER NOT NULL, cell TEXT NOT NULL, species INTEGER NOT NULL,
          observations BIGINT NOT NULL, observation_days INTEGER NOT NULL, observers INTEGER NOT NULL,
          PRIMARY KEY (territory_code, size_km, cell));
        """;

    /// <summary>
    /// Columns added to <c>bio_observations</c> after its first release, in order: databases created before get them at
    /// startup (<see cref="AtlasConnections"/>), nullable so that existing rows stay valid (level and altitude unknown).
    /// </summary>
    public static readonly (string Name, string Type)[] AddedObservationColumns =
    [
        ("validation_level", "INTEGER"), ("altitude_min", "INTEGER"), ("altitude_max", "INTEGER"),
    ];

    /// <summary>
    /// Indexes on the added columns, created after <see cref="AddedObservationColumns"/> exist. Both are partial, so an
    /// import pays only for the rows they hold: the species page's altitude classes (rows with an altitude) and the
    /// atlas home's count of records blurred to the département (level 3) — without them each view scanned the
    /// territory's rows (2.5 s for a species page over 1,000,000 observations, `bench atlas`).
    /// </summary>
    public const string IndexesOnAddedColumns = """
        CREATE INDEX IF NOT EXISTS bio_observations_altitude ON bio_observations
          (territory_code, cd_ref, sensitivity, counted, altitude_min, altitude_max)
          WHERE altitude_min IS NOT NULL AND altitude_max IS NOT NULL;
        CREATE INDEX IF NOT EXISTS bio_observations_departement ON bio_observations (territory_code)
          WHERE sensitivity = 3 AND counted = 1 AND departement IS NOT NULL;
        """;

    public static string Sqlite => Body.Replace("DOUBLE PRECISION", "REAL", StringComparison.Ordinal);

    public static string PostgreSql => Body;
}
