using System.Data.Common;
using System.Runtime.CompilerServices;
using CoeurDeVille.Core.Geometries;
using CoeurDeVille.Modules.Biodiversity.Indicators;
using CoeurDeVille.Modules.Biodiversity.Observations;
using CoeurDeVille.Modules.Biodiversity.Sensitivity;
using CoeurDeVille.Modules.Biodiversity.Taxonomy;

namespace CoeurDeVille.Modules.Biodiversity.Store;

/// <summary>
/// Streams a territory's stored observations back as <see cref="Observation"/>s for the web exports and indicators,
/// with <see cref="Blur"/>, the sensitivity blurring every published output must apply before any filter: level 0
/// precise, 1 commune only, 2 its 10 km cell only, 3 its département only (no position, commune or cell), 4 withheld. Rows are read synchronously on the caller's thread, one at a time: never the whole table in memory.
/// </summary>
public sealed class StoredObservationReader(AtlasConnections connections)
{
    // The level of each streamed record, kept beside it without a field on Observation (a file record has none).
    private readonly ConditionalWeakTable<Observation, StrongBox<int>> _levels = [];

    /// <summary>The record as it may be published, or null when its level allows no public position at all.</summary>
    public Observation? Blur(Observation observation)
    {
        ArgumentNullException.ThrowIfNull(observation);
        if (!_levels.TryGetValue(observation, out var level))
        {
            // Not from this reader: nothing says it is public.
            return null;
        }

        return level.Value switch
        {
            SensitivityLevels.None => observation,
            // Altitude only beside a precise position: within a commune or a cell, an altitude can pin a summit or a cliff.
            SensitivityLevels.Commune => observation with { X = null, Y = null, Epsg = null, CellCodes = [], AltitudeMin = null, AltitudeMax = null },
            SensitivityLevels.TenKilometreCell => observation with
            {
                X = null, Y = null, Epsg = null, InseeCodes = [], AltitudeMin = null, AltitudeMax = null,
                CellCodes = observation.CellCodes.Where(c => c.StartsWith("10km", StringComparison.Ordinal)).Take(1).ToArray(),
            },
            // SINP level 3: « département » grain; a record without a known département has nothing left to publish.
            SensitivityLevels.Departement when observation.Departement is not null => observation with
            {
                X = null, Y = null, Epsg = null, InseeCodes = [], CellCodes = [], AltitudeMin = null, AltitudeMax = null,
            },
            _ => null,
        };
    }

    /// <summary>
    /// The territory's records (all datasets), optionally narrowed in SQL by start date and commune — only criteria the
    /// blurring never changes or only removes, so the exact filter applied afterwards sees a superset.
    /// </summary>
    public IEnumerable<Observation> Read(string territoryCode, DateOnly? from, DateOnly? to, IReadOnlyList<string> communes, CancellationToken cancellationToken)
    {
        using var connection = connections.OpenAsync(cancellationToken).GetAwaiter().GetResult();
        var sql = "SELECT identity, cd_nom, cd_ref, day_start, count_min, count_max, observer, insee, cell10, cell1, x_l93, y_l93, bio_status, " +
            "sensitivity, counted, departement, validation_level, altitude_min, altitude_max FROM bio_observations WHERE territory_code = @t";
        var parameters = new List<(string, object?)> { ("t", territoryCode) };
        if (from is { } f)
        {
            sql += " AND day_start >= @from";
            parameters.Add(("from", f.DayNumber));
        }

        if (to is { } t)
        {
            sql += " AND day_start <= @to";
            parameters.Add(("to", t.DayNumber));
        }

        if (communes.Count > 0)
        {
            sql += " AND insee IN (" + string.Join(", ", communes.Select((c, i) => "@c" + i)) + ")";
            parameters.AddRange(communes.Select((c, i) => ("c" + i, (object?)c)));
        }

        using var command = ObservationStore.Command(connection, null, sql, [.. parameters]);
        command.CommandTimeout = 0;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var observation = Observation(reader);
            _levels.AddOrUpdate(observation, new StrongBox<int>(reader.GetInt32(13)));
            yield return observation;
        }
    }

    /// <summary>The heritage and invasive flags of the stored statuses (BDC), or null when none were imported.</summary>
    public async Task<TaxonStatusIndex?> StatusesAsync(TaxonomyReference? taxonomy, CancellationToken cancellationToken)
    {
        var statuses = new List<BdcStatus>();
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var command = ObservationStore.Command(connection, null, "SELECT cd_ref, type_group, type_name, code, label, location FROM bio_statuses");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            statuses.Add(new BdcStatus(reader.GetString(2), reader.GetString(3))
            {
                CdRef = reader.GetInt32(0), TypeGroup = Text(reader, 1), Label = Text(reader, 4), LocationName = Text(reader, 5),
            });
        }

        return statuses.Count == 0 ? null : new TaxonStatusIndex(statuses, taxonomy);
    }

    private static Observation Observation(DbDataReader reader)
    {
        var identity = reader.GetString(0);
        var day = reader.IsDBNull(3) ? (DateOnly?)null : DateOnly.FromDayNumber(reader.GetInt32(3));
        var x = reader.IsDBNull(10) ? (double?)null : reader.GetDouble(10);
        var y = reader.IsDBNull(11) ? (double?)null : reader.GetDouble(11);
        var counted = reader.GetInt32(14) == 1;
        string?[] cells = [Text(reader, 9), Text(reader, 8)];
        return new Observation
        {
            Identity = identity,
            SourceId = identity.StartsWith("id:", StringComparison.Ordinal) ? identity[3..] : null,
            CdNom = Number(reader, 1), CdRef = Number(reader, 2), DateStart = day, DateEnd = day,
            CountMin = Number(reader, 4), CountMax = Number(reader, 5), Observer = Text(reader, 6),
            InseeCodes = Text(reader, 7) is { } insee ? [insee] : [],
            CellCodes = [.. cells.OfType<string>()],
            X = x, Y = y, Epsg = x is null ? null : CrsRegistry.Lambert93,
            BiologicalStatus = Text(reader, 12),
            Departement = Text(reader, 15),
            ValidationLevel = Number(reader, 16),
            AltitudeMin = Number(reader, 17),
            AltitudeMax = Number(reader, 18),
            // The store keeps « counted » only: a non-counted record is an absence or a deleted one, never exported.
            Deleted = !counted,
        };
    }

    private static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static int? Number(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);
}
