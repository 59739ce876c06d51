using CoeurDeVille.Storage;
using Microsoft.EntityFrameworkCore;

namespace CoeurDeVille.Modules.Biodiversity.Contributions;

/// <summary>How a person is credited (submissions, photos, decisions): the pseudonym chosen at sign-up, never the e-mail address.</summary>
public sealed class Contributors(IDbContextFactory<CdvDbContext> contexts)
{
    public async Task<string> PseudonymAsync(string? userId, CancellationToken cancellationToken)
    {
        if (userId is null)
        {
            return "Contributeur";
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var name = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken);
        return string.IsNullOrWhiteSpace(name) ? "Contributeur" : name;
    }
}
