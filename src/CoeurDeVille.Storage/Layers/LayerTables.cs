namespace CoeurDeVille.Storage.Layers;

/// <summary>
/// DDL of the layer tables. Kept out of the EF model: SQLite's R*Tree virtual tables (one per layer) cannot be
/// modelled, and the hot read path uses plain ADO.NET. Created with IF NOT EXISTS, so existing databases gain them.
/// The layer_tile_* tables hold point layers' leaves by Z-order key, thinned low-zoom tiles and the version they were built for.
/// </summary>
internal static class LayerTables
{
    public const string Sqlite = """
        CREATE TABLE IF NOT EXISTS layers (
          layer_id INTEGER PRIMARY KEY,
          territory_code TEXT NOT NULL,
          dataset_id TEXT NOT NULL,
          title TEXT NOT NULL,
          columns TEXT NOT NULL,
          version INTEGER NOT NULL,
          feature_count INTEGER NOT NULL,
          min_x REAL, min_y REAL, max_x REAL, max_y REAL,
          source_srid INTEGER,
          points_only INTEGER NOT NULL,
          updated_at TEXT NOT NULL,
          UNIQUE (territory_code, dataset_id));
        CREATE TABLE IF NOT EXISTS layer_features (
          layer_id INTEGER NOT NULL,
          feature_id INTEGER NOT NULL,
          min_x REAL, min_y REAL, max_x REAL, max_y REAL,
          geometry BLOB,
          properties TEXT NOT NULL,
          PRIMARY KEY (layer_id, feature_id)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS layer_tile_leaves (
          layer_id INTEGER NOT NULL,
          start_code INTEGER NOT NULL, end_code INTEGER NOT NULL,
          z INTEGER NOT NULL,
          points BLOB NOT NULL,
          PRIMARY KEY (layer_id, start_code)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS layer_tile_pyramid (
          layer_id INTEGER NOT NULL,
          z INTEGER NOT NULL, x INTEGER NOT NULL, y INTEGER NOT NULL,
          points BLOB NOT NULL,
          PRIMARY KEY (layer_id, z, x, y)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS layer_tile_state (
          layer_id INTEGER PRIMARY KEY,
          version INTEGER NOT NULL,
          dense_max_zoom INTEGER NOT NULL);
        """;

    public const string PostgreSql = """
        CREATE EXTENSION IF NOT EXISTS postgis;
        CREATE TABLE IF NOT EXISTS layers (
          layer_id bigserial PRIMARY KEY,
          territory_code text NOT NULL,
          dataset_id text NOT NULL,
          title text NOT NULL,
          columns text NOT NULL,
          version bigint NOT NULL,
          feature_count bigint NOT NULL,
          min_x double precision, min_y double precision, max_x double precision, max_y double precision,
          source_srid integer,
          points_only boolean NOT NULL,
          updated_at timestamptz NOT NULL,
          UNIQUE (territory_code, dataset_id));
        CREATE TABLE IF NOT EXISTS layer_features (
          layer_id bigint NOT NULL,
          feature_id bigint NOT NULL,
          geometry geometry(Geometry,4326),
          properties text NOT NULL,
          PRIMARY KEY (layer_id, feature_id));
        CREATE INDEX IF NOT EXISTS layer_features_geometry ON layer_features USING gist (geometry);
        CREATE TABLE IF NOT EXISTS layer_tile_leaves (
          layer_id bigint NOT NULL,
          start_code bigint NOT NULL, end_code bigint NOT NULL,
          z integer NOT NULL,
          points bytea NOT NULL,
          PRIMARY KEY (layer_id, start_code));
        CREATE TABLE IF NOT EXISTS layer_tile_pyramid (
          layer_id bigint NOT NULL,
          z integer NOT NULL, x bigint NOT NULL, y bigint NOT NULL,
          points bytea NOT NULL,
          PRIMARY KEY (layer_id, z, x, y));
        CREATE TABLE IF NOT EXISTS layer_tile_state (
          layer_id bigint PRIMARY KEY,
          version bigint NOT NULL,
          dense_max_zoom integer NOT NULL);
        """;

    /// <summary>The R*Tree of one SQLite layer; its ids are the layer's feature ids.</summary>
    public static string SqliteRtree(long layerId) => "layer_rtree_" + layerId.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
