using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CoeurDeVille.Core.Geometries;
using CoeurDeVille.Modules.Biodiversity.Grid;
using CoeurDeVille.Modules.Biodiversity.Store;

namespace CoeurDeVille.Modules.Biodiversity.Contributions;

/// <summary>
/// Participatory submissions and their validation, in plain ADO.NET on the atlas' connections. A decision is one
/// transaction: the submission's level and comment, its copy in <c>bio_observations</c> (added when certain or
/// probable, removed otherwise — an expert may revise) and the incremental refresh of the aggregates it touches.
/// </summary>
public sealed class SubmissionStore
{
    /// <summary>The dataset of <c>bio_observations</c> that validated submissions go into.</summary>
    public const string DatasetId = "sciences-participatives";

    private const string Columns =
        "id, territory_code, user_id, author_name, cd_nom, cd_ref, taxon_name, unknown_description, longitude, latitude, insee, day, count, " +
        "comment, submitted_at, level, validated_cd_ref, validator_name, validation_comment, validated_at, photos_published, sensitivity";

    private readonly AtlasConnections _connections;
    private readonly ContributionSensitivity _sensitivity;
    private readonly ContributionArea _area;
    private readonly TimeProvider _time;
    private readonly Lazy<Task> _tables;

    public SubmissionStore(AtlasConnections connections, ContributionSensitivity sensitivity, ContributionArea area, TimeProvider time)
    {
        _connections = connections;
        _sensitivity = sensitivity;
        _area = area;
        _time = time;
        _tables = new(async () =>
        {
            await using var connection = await connections.OpenAsync(CancellationToken.None);
            await using var command = connection.CreateCommand();
            command.CommandText = connections.Postgres ? SubmissionTables.PostgreSql : SubmissionTables.Sqlite;
            await command.ExecuteNonQueryAsync();
        });
    }

    public static string PhotoSubjectOf(string submissionId) => "observation:" + submissionId;

    /// <summary>How a contributor appears in <c>bio_observations.observer</c>: a stable key, never a name (the distinct-observer counts need one).</summary>
    public static string ObserverKeyOf(string? userId) =>
        "participant-" + (userId is null ? "anonyme" : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(userId)))[..12]);

    public async Task<Submission> AddAsync(NewSubmission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var id = Guid.NewGuid().ToString("N");
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = ObservationStore.Command(connection, null,
            $"INSERT INTO bio_submissions ({Columns}) VALUES (@id, @t, @u, @a, @n, @r, @tn, @ud, @lon, @lat, @i, @d, @c, @co, @at, 0, NULL, NULL, NULL, NULL, 0, NULL)",
            ("id", id), ("t", submission.TerritoryCode), ("u", submission.UserId), ("a", submission.AuthorName), ("n", submission.CdNom),
            ("r", submission.CdRef), ("tn", submission.TaxonName), ("ud", submission.UnknownDescription), ("lon", submission.Longitude),
            ("lat", submission.Latitude), ("i", submission.Insee), ("d", submission.Day.DayNumber), ("c", submission.Count),
            ("co", submission.Comment), ("at", _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture)));
        await command.ExecuteNonQueryAsync(cancellationToken);
        return (await FindAsync(submission.TerritoryCode, id, cancellationToken))!;
    }

    /// <summary>Removes a submission that could not be completed (its photos were refused after the row was written).</summary>
    public async Task DeleteAsync(string territoryCode, string id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = ObservationStore.Command(connection, null,
            "DELETE FROM bio_submissions WHERE territory_code = @t AND id = @id AND level = 0", ("t", territoryCode), ("id", id));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<Submission?> FindAsync(string territoryCode, string id, CancellationToken cancellationToken) =>
        (await ListAsync("territory_code = @t AND id = @id", "", cancellationToken, ("t", territoryCode), ("id", id))).FirstOrDefault();

    /// <summary>A contributor's submissions on a territory, newest first.</summary>
    public Task<IReadOnlyList<Submission>> OfUserAsync(string territoryCode, string userId, CancellationToken cancellationToken) =>
        ListAsync("territory_code = @t AND user_id = @u", "ORDER BY submitted_at DESC", cancellationToken, ("t", territoryCode), ("u", userId));

    /// <summary>Every submission of a person, all territories (personal-data export and erasure).</summary>
    public Task<IReadOnlyList<Submission>> OfUserEverywhereAsync(string userId, CancellationToken cancellationToken) =>
        ListAsync("user_id = @u", "ORDER BY submitted_at", cancellationToken, ("u", userId));

    /// <summary>Submissions awaiting validation, oldest first.</summary>
    public Task<IReadOnlyList<Submission>> QueueAsync(string territoryCode, int limit, CancellationToken cancellationToken) =>
        ListAsync("territory_code = @t AND level = 0", $"ORDER BY submitted_at LIMIT {limit}", cancellationToken, ("t", territoryCode));

    /// <summary>The latest decisions, newest first (so an expert can revise one).</summary>
    public Task<IReadOnlyList<Submission>> DecidedAsync(string territoryCode, int limit, CancellationToken cancellationToken) =>
        ListAsync("territory_code = @t AND level > 0", $"ORDER BY validated_at DESC LIMIT {limit}", cancellationToken, ("t", territoryCode));

    /// <summary>
    /// Validated submissions of a taxon whose photos an expert published, newest first. Only records whose sensitivity
    /// allows the species map (level ≤ 2) lend their photos to the species page; the date shown is the year.
    /// </summary>
    public Task<IReadOnlyList<Submission>> WithPublishedPhotosAsync(string territoryCode, int cdRef, int limit, CancellationToken cancellationToken) =>
        ListAsync($"territory_code = @t AND validated_cd_ref = @r AND level IN (1, 2) AND photos_published = 1 AND sensitivity <= {Sensitivity.SensitivityLevels.MaxForTenKilometres}",
            $"ORDER BY validated_at DESC LIMIT {limit}", cancellationToken, ("t", territoryCode), ("r", cdRef));

    /// <summary>
    /// Records an expert's decision. Returns the updated submission, or null when it does not exist on that territory.
    /// </summary>
    /// <exception cref="ContributionException">The corrected taxon is unknown, or the submission has no taxon and none is given for an accepting level.</exception>
    public async Task<Submission?> DecideAsync(string territoryCode, ValidationDecision decision, Action<DbConnection, DbTransaction>? sameTransaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decision);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var before = (await ListAsync(connection, transaction, "territory_code = @t AND id = @id", "", cancellationToken, ("t", territoryCode), ("id", decision.SubmissionId))).FirstOrDefault();
        if (before is null)
        {
            return null;
        }

        var cdRef = before.EffectiveCdRef;
        if (decision.CorrectedCdNom is { } corrected)
        {
            cdRef = await TaxonNames.ReferenceOfAsync(connection, transaction, corrected, cancellationToken)
                ?? throw new ContributionException($"Taxon « {corrected} » inconnu : attendu un code CD_NOM présent dans TAXREF (utilisez la recherche par nom).");
        }

        if (ValidationLevels.EntersAtlas(decision.Level) && cdRef is null)
        {
            throw new ContributionException("Une observation « certaine » ou « probable » doit avoir un taxon : attribuez-en un avant de la valider.");
        }

        var departement = before.Insee is { } i ? (i.StartsWith("97", StringComparison.Ordinal) ? i[..3] : i[..2]) : null;
        int? level = ValidationLevels.EntersAtlas(decision.Level)
            ? await _sensitivity.LevelOfAsync(connection, transaction, territoryCode, cdRef!.Value, departement, before.Day, cancellationToken)
            : null;
        await ExecuteAsync(connection, transaction,
            "UPDATE bio_submissions SET level = @l, validated_cd_ref = @r, validator_id = @v, validator_name = @vn, validation_comment = @c, " +
            "validated_at = @at, photos_published = @p, sensitivity = @s WHERE id = @id", cancellationToken,
            ("l", (int)decision.Level), ("r", cdRef), ("v", decision.ValidatorId), ("vn", decision.ValidatorName), ("c", decision.Comment),
            ("at", _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture)), ("p", decision.PublishPhotos ? 1 : 0), ("s", level), ("id", before.Id));

        // The previous copy (if any) leaves, the new one (if accepted) enters; both sets of keys are refreshed.
        var identity = "contribution:" + before.Id;
        var placement = Lambert93Grid.Place(before.Longitude, before.Latitude, 4326);
        var keys = new List<int>();
        if (before.Level is ValidationLevel.Certain or ValidationLevel.Probable && before.ValidatedCdRef is { } oldRef)
        {
            keys.Add(oldRef);
        }

        await ExecuteAsync(connection, transaction, "DELETE FROM bio_observations WHERE territory_code = @t AND dataset_id = @d AND identity = @i", cancellationToken,
            ("t", territoryCode), ("d", DatasetId), ("i", identity));
        if (level is { } sensitivity)
        {
            double? x = null, y = null;
            if (!placement.OutsideGrid)
            {
                (x, y) = GeometryReprojector.Shared.Transform(before.Longitude, before.Latitude, 4326, CrsRegistry.Lambert93);
            }

            await ExecuteAsync(connection, transaction,
                "INSERT INTO bio_observations (territory_code, dataset_id, identity, cd_nom, cd_ref, day_start, month, count_min, count_max, observer, insee, " +
                "departement, cell10, cell1, x_l93, y_l93, bio_status, sensitivity, counted, validation_level) VALUES (@t, @d, @i, @n, @r, @day, @m, @c, @c, @o, @insee, @dep, " +
                "@c10, @c1, @x, @y, NULL, @s, 1, @v)", cancellationToken,
                ("t", territoryCode), ("d", DatasetId), ("i", identity), ("n", decision.CorrectedCdNom ?? before.CdNom ?? cdRef), ("r", cdRef),
                ("day", before.Day.DayNumber), ("m", before.Day.Month), ("c", before.Count), ("o", ObserverKeyOf(before.UserId)),
                ("insee", before.Insee), ("dep", departement), ("c10", placement.Ten?.Code), ("c1", placement.One?.Code), ("x", x), ("y", y), ("s", sensitivity), ("v", (int)decision.Level));
            keys.Add(cdRef!.Value);
            await NameCommuneAsync(connection, transaction, territoryCode, before.Insee, cancellationToken);
        }

        foreach (var key in keys.Distinct())
        {
            foreach (var (sql, parameters) in AtlasAggregateRefresh.Statements(territoryCode, key, before.Insee, placement.Ten?.Code, placement.One?.Code))
            {
                await ExecuteAsync(connection, transaction, sql, cancellationToken, parameters);
            }
        }

        await RecountDatasetAsync(connection, transaction, territoryCode, cancellationToken);
        sameTransaction?.Invoke(connection, transaction);
        await transaction.CommitAsync(cancellationToken);
        return await FindAsync(territoryCode, before.Id, cancellationToken);
    }

    /// <summary>
    /// Erasure of a person (personal data): the submissions stay as anonymous facts — no account, no name — and lose
    /// their free texts (comment, description of an unknown species); the validator's comment is the expert's, it stays.
    /// Returns the ids, whose photos the caller deletes.
    /// </summary>
    public async Task<IReadOnlyList<Submission>> AnonymiseUserAsync(string userId, CancellationToken cancellationToken)
    {
        var submissions = await OfUserEverywhereAsync(userId, cancellationToken);
        await using var connection = await OpenAsync(cancellationToken);
        await ExecuteAsync(connection, null,
            "UPDATE bio_submissions SET user_id = NULL, author_name = NULL, comment = NULL, unknown_description = NULL, photos_published = 0 WHERE user_id = @u",
            cancellationToken, ("u", userId));
        // Submissions validated by this person as an expert keep the decision, without the name.
        await ExecuteAsync(connection, null, "UPDATE bio_submissions SET validator_id = NULL, validator_name = NULL WHERE validator_id = @u", cancellationToken, ("u", userId));
        return submissions;
    }

    private async Task NameCommuneAsync(DbConnection connection, DbTransaction transaction, string territoryCode, string? insee, CancellationToken cancellationToken)
    {
        if (insee is null || await _area.CommuneNameAsync(insee, cancellationToken) is not { } name)
        {
            return;
        }

        await using var exists = ObservationStore.Command(connection, transaction, "SELECT 1 FROM bio_communes WHERE territory_code = @t AND insee = @i", ("t", territoryCode), ("i", insee));
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            await ExecuteAsync(connection, transaction, "INSERT INTO bio_communes (territory_code, insee, name) VALUES (@t, @i, @n)", cancellationToken,
                ("t", territoryCode), ("i", insee), ("n", name));
        }
    }

    /// <summary>The contributions' line in <c>bio_datasets</c>: the atlas exists once one submission is validated.</summary>
    private async Task RecountDatasetAsync(DbConnection connection, DbTransaction transaction, string territoryCode, CancellationToken cancellationToken)
    {
        await using var count = ObservationStore.Command(connection, transaction,
            "SELECT COUNT(*) FROM bio_observations WHERE territory_code = @t AND dataset_id = @d", ("t", territoryCode), ("d", DatasetId));
        var total = Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        await ExecuteAsync(connection, transaction, "DELETE FROM bio_datasets WHERE territory_code = @t AND dataset_id = @d", cancellationToken,
            ("t", territoryCode), ("d", DatasetId));
        if (total > 0)
        {
            await ExecuteAsync(connection, transaction,
                "INSERT INTO bio_datasets (territory_code, dataset_id, title, file_name, observation_count, imported_at) VALUES (@t, @d, @ti, '', @c, @at)",
                cancellationToken, ("t", territoryCode), ("d", DatasetId), ("ti", "Sciences participatives (observations validées)"), ("c", total),
                ("at", _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture)));
        }
    }

    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await _tables.Value.WaitAsync(cancellationToken);
        return await _connections.OpenAsync(cancellationToken);
    }

    private async Task<IReadOnlyList<Submission>> ListAsync(string where, string tail, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await ListAsync(connection, null, where, tail, cancellationToken, parameters);
    }

    private static async Task<IReadOnlyList<Submission>> ListAsync(
        DbConnection connection, DbTransaction? transaction, string where, string tail, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        await using var command = ObservationStore.Command(connection, transaction, $"SELECT {Columns} FROM bio_submissions WHERE {where} {tail}", parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var found = new List<Submission>();
        while (await reader.ReadAsync(cancellationToken))
        {
            found.Add(new Submission(
                reader.GetString(0), reader.GetString(1), Text(reader, 2), Text(reader, 3), Int(reader, 4), Int(reader, 5), Text(reader, 6), Text(reader, 7),
                Convert.ToDouble(reader.GetValue(8), CultureInfo.InvariantCulture), Convert.ToDouble(reader.GetValue(9), CultureInfo.InvariantCulture),
                Text(reader, 10), DateOnly.FromDayNumber(Int(reader, 11)!.Value), Int(reader, 12)!.Value, Text(reader, 13),
                DateTimeOffset.Parse(reader.GetString(14), CultureInfo.InvariantCulture), (ValidationLevel)Int(reader, 15)!.Value, Int(reader, 16),
                Text(reader, 17), Text(reader, 18), Text(reader, 19) is { } at ? DateTimeOffset.Parse(at, CultureInfo.InvariantCulture) : null,
                Int(reader, 20) == 1, Int(reader, 21)));
        }

        return found;
    }

    private static string? Text(DbDataReader reader, int index) => reader.IsDBNull(index) ? null : reader.GetString(index);

    private static int? Int(DbDataReader reader, int index) =>
        reader.IsDBNull(index) ? null : Convert.ToInt32(reader.GetValue(index), CultureInfo.InvariantCulture);

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        await using var command = ObservationStore.Command(connection, transaction, sql, parameters);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
