using CoeurDeVille.Storage;
using CoeurDeVille.Storage.Caching;
using CoeurDeVille.Storage.HostedTerritories;
using CoeurDeVille.Web.Catalogue;
using Microsoft.EntityFrameworkCore;

namespace CoeurDeVille.Web.Looks;

/// <summary>
/// Finds the look of the territory a page belongs to: pages under <c>/territoires/{code}</c> of a hosted territory get
/// its <see cref="TerritoryTheme"/>; every other page (and a territory not hosted) keeps the instance's look. One
/// primary-key query, without the logo bytes, then kept: until a change is committed in this process
/// (<see cref="HostedTerritoryChanges"/>), or for <see cref="Lifetime"/> at most (a change made by the <c>cdv</c> command).
/// The query was a tenth of the dataset page's CPU.
/// </summary>
public sealed class TerritoryThemes(IDbContextFactory<CdvDbContext> contexts, TimeProvider timeProvider)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private readonly ChangeAwareCache<string, TerritoryTheme?> _known = new(timeProvider, Lifetime, StringComparer.Ordinal);

    public async Task<TerritoryTheme?> ForRequestAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (!http.Request.Path.StartsWithSegments("/territoires", StringComparison.OrdinalIgnoreCase)
            || http.GetRouteValue("code") is not string code
            || !CatalogueIdentifiers.IsTerritoryCode(code))
        {
            return null;
        }

        return await ForTerritoryAsync(code, http.RequestAborted);
    }

    public Task<TerritoryTheme?> ForTerritoryAsync(string code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(code);
        return _known.GetAsync(code, HostedTerritoryChanges.Generation, () => ReadAsync(code, cancellationToken));
    }

    private async Task<TerritoryTheme?> ReadAsync(string code, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.HostedTerritories.AsNoTracking().Where(t => t.Code == code)
            .Select(t => new { t.Code, t.Name, t.DisplayName, t.PrimaryColour, t.SecondaryColour, HasLogo = t.LogoMediaType != null })
            .FirstOrDefaultAsync(cancellationToken);
        return row is null
            ? null
            : new TerritoryTheme(row.Code, row.DisplayName ?? row.Name, Valid(row.PrimaryColour), Valid(row.SecondaryColour), row.HasLogo);
    }

    // Stored colours were checked when saved; a row edited by hand is ignored rather than written into the page.
    private static string? Valid(string? colour) =>
        colour is not null && TerritoryLook.CheckColour(colour, "couleur") is null ? colour.ToLowerInvariant() : null;
}
