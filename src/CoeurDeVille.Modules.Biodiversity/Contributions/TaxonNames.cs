using System.Data.Common;
using System.Globalization;
using CoeurDeVille.Modules.Biodiversity.Atlas;
using CoeurDeVille.Modules.Biodiversity.Store;

namespace CoeurDeVille.Modules.Biodiversity.Contributions;

/// <summary>
/// Search over the stored TAXREF names (<c>bio_taxa</c>) for the submission form and the expert's correction. The
/// names are folded (accents, case) in memory so both providers match alike; the list is reloaded every ten minutes
/// (a new taxonomy import shows up without a restart). It reads no observation: the answer says nothing about presence.
/// Taxa hidden by sensitivity on the territory (level 4 in a stored record or in the referential) are left out, so a
/// hidden taxon's name cannot even be confirmed through it; a contributor then uses « espèce inconnue ».
/// </summary>
public sealed class TaxonNames(AtlasConnections connections, ContributionSensitivity sensitivity, ContributionArea area, TimeProvider time)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (DateTimeOffset LoadedAt, IReadOnlyList<(TaxonSuggestion Taxon, string? Latin, string? French)> Names)? _cache;

    public async Task<IReadOnlyList<TaxonSuggestion>> SearchAsync(string territoryCode, string? query, int limit, CancellationToken cancellationToken)
    {
        if (query is null || query.Trim().Length < 2)
        {
            return [];
        }

        var needle = TextKey.Of(query.Trim());
        var names = await NamesAsync(cancellationToken);
        var hidden = await HiddenAsync(territoryCode, cancellationToken);
        var departements = await area.DepartementsAsync(territoryCode, cancellationToken);
        var found = new List<TaxonSuggestion>();
        // Names starting with the query first, then names containing it; reference names before synonyms.
        foreach (var (taxon, _, _) in names
            .Select(n => (n.Taxon, Rank: Starts(n.Latin, needle) || Starts(n.French, needle) ? 0 : Has(n.Latin, needle) || Has(n.French, needle) ? 1 : 2, Key: n.Latin ?? n.French))
            .Where(n => n.Rank < 2).OrderBy(n => n.Rank).ThenBy(n => n.Taxon.CdNom == n.Taxon.CdRef ? 0 : 1).ThenBy(n => n.Key, StringComparer.Ordinal))
        {
            if (hidden.Contains(taxon.CdRef) || await sensitivity.HiddenAsync(taxon.CdRef, departements, cancellationToken))
            {
                continue;
            }

            found.Add(taxon);
            if (found.Count >= limit)
            {
                break;
            }
        }

        return found;
    }

    /// <summary>A name by its CD_NOM, or null (the form's hidden field is checked against it).</summary>
    public async Task<TaxonSuggestion?> FindAsync(int cdNom, CancellationToken cancellationToken) =>
        (await NamesAsync(cancellationToken)).FirstOrDefault(n => n.Taxon.CdNom == cdNom).Taxon;

    private static bool Starts(string? text, string needle) => text?.StartsWith(needle, StringComparison.Ordinal) ?? false;

    private static bool Has(string? text, string needle) => text?.Contains(needle, StringComparison.Ordinal) ?? false;

    internal static async Task<int?> ReferenceOfAsync(DbConnection connection, DbTransaction transaction, int cdNom, CancellationToken cancellationToken)
    {
        await using var command = ObservationStore.Command(connection, transaction, "SELECT cd_ref FROM bio_taxa WHERE cd_nom = @n", ("n", cdNom));
        return await command.ExecuteScalarAsync(cancellationToken) is { } value and not DBNull ? Convert.ToInt32(value, CultureInfo.InvariantCulture) : null;
    }

    private async Task<HashSet<int>> HiddenAsync(string territoryCode, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var command = ObservationStore.Command(connection, null,
            $"SELECT DISTINCT cd_ref FROM bio_observations WHERE territory_code = @t AND sensitivity >= {Sensitivity.SensitivityLevels.Hidden} AND cd_ref IS NOT NULL",
            ("t", territoryCode));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var hidden = new HashSet<int>();
        while (await reader.ReadAsync(cancellationToken))
        {
            hidden.Add(Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture));
        }

        return hidden;
    }

    private async Task<IReadOnlyList<(TaxonSuggestion Taxon, string? Latin, string? French)>> NamesAsync(CancellationToken cancellationToken)
    {
        if (_cache is { } cached && time.GetUtcNow() - cached.LoadedAt < Lifetime)
        {
            return cached.Names;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_cache is { } again && time.GetUtcNow() - again.LoadedAt < Lifetime)
            {
                return again.Names;
            }

            await using var connection = await connections.OpenAsync(cancellationToken);
            await using var command = ObservationStore.Command(connection, null, "SELECT cd_nom, cd_ref, latin_name, french_name, group_name FROM bio_taxa WHERE latin_name IS NOT NULL OR french_name IS NOT NULL");
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var names = new List<(TaxonSuggestion, string?, string?)>();
            while (await reader.ReadAsync(cancellationToken))
            {
                var latin = reader.IsDBNull(2) ? null : reader.GetString(2);
                var french = reader.IsDBNull(3) ? null : reader.GetString(3);
                var taxon = new TaxonSuggestion(Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture), Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture),
                    latin, french, reader.GetString(4));
                names.Add((taxon, latin is null ? null : TextKey.Of(latin), french is null ? null : TextKey.Of(french)));
            }

            _cache = (time.GetUtcNow(), names);
            return names;
        }
        finally
        {
            _gate.Release();
        }
    }
}
