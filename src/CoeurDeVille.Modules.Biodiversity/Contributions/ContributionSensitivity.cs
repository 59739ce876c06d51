using CoeurDeVille.Modules.Biodiversity.Sensitivity;
using CoeurDeVille.Modules.Biodiversity.Store;
using Microsoft.Extensions.Configuration;

namespace CoeurDeVille.Modules.Biodiversity.Contributions;

/// <summary>
/// The sensitivity level of a validated submission: the most restrictive of (a) the referential configured under
/// <c>Cdv:Biodiversite:ReferentielSensibilite</c> (GINCO/SINP <c>especesensible</c> CSV, the file the CLI importer takes)
/// and (b) the highest level already stored for the same taxon in the same département. (b) keeps a contribution never
/// less blurred than the imported records of that taxon there, even on an instance with no referential configured.
/// The level follows the expert's taxon, not the contributor's (iNaturalist had to fix exactly that: inaturalist#363).
/// </summary>
public sealed class ContributionSensitivity(IConfiguration configuration, ObservationStore observations, TimeProvider time)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private SensitivityReferential? _referential;

    internal async Task<int> LevelOfAsync(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction,
        string territory, int cdRef, string? departement, DateOnly day, CancellationToken cancellationToken)
    {
        var referential = await ReferentialAsync(cancellationToken);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var level = referential.LevelOf(cdRef, departement, day, null, today);
        // An untyped null parameter is an error on PostgreSQL: the clause is left out instead.
        await using var command = ObservationStore.Command(connection, transaction,
            "SELECT MAX(sensitivity) FROM bio_observations WHERE territory_code = @t AND cd_ref = @r" + (departement is null ? "" : " AND departement = @d"),
            ("t", territory), ("r", cdRef), ("d", departement));
        var stored = await command.ExecuteScalarAsync(cancellationToken);
        return stored is null or DBNull ? level : Math.Max(level, Convert.ToInt32(stored, System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Whether the referential hides the taxon (level 4) in one of <paramref name="departements"/>: such names are left out of the autocomplete.</summary>
    public async Task<bool> HiddenAsync(int cdRef, IEnumerable<string> departements, CancellationToken cancellationToken)
    {
        var referential = await ReferentialAsync(cancellationToken);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        return departements.Any(d => referential.LevelOf(cdRef, d, today, null, today) >= SensitivityLevels.Hidden);
    }

    private async Task<SensitivityReferential> ReferentialAsync(CancellationToken cancellationToken)
    {
        if (_referential is { } ready)
        {
            return ready;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_referential is null)
            {
                var path = configuration["Cdv:Biodiversite:ReferentielSensibilite"];
                _referential = string.IsNullOrWhiteSpace(path)
                    ? SensitivityReferential.Empty
                    : new SensitivityReferential(SensitivityReader.Read(path), await observations.LoadTaxonomyAsync(cancellationToken));
            }

            return _referential;
        }
        finally
        {
            _gate.Release();
        }
    }
}
