namespace CoeurDeVille.Storage;

/// <summary>The database engines the platform runs on; chosen by the form of the connection string.</summary>
public enum StorageProvider
{
    /// <summary>Embedded default: a SQLite file in the data folder (<c>Data Source=cdv.db</c>).</summary>
    Sqlite,

    /// <summary>Production: PostgreSQL with PostGIS (<c>Host=…;Database=…</c>).</summary>
    PostgreSql,
}
