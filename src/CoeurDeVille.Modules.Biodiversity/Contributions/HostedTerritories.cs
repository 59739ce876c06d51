using CoeurDeVille.Storage;
using Microsoft.EntityFrameworkCore;

namespace CoeurDeVille.Modules.Biodiversity.Contributions;

/// <summary>Participatory science exists only on hosted territories (they have members): any other code is a 404.</summary>
public sealed class HostedTerritories(IDbContextFactory<CdvDbContext> contexts)
{
    public async Task<bool> IsHostedAsync(string code, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.HostedTerritories.AnyAsync(t => t.Code == code, cancellationToken);
    }
}
