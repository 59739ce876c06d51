using CoeurDeVille.Storage;
using Microsoft.EntityFrameworkCore;

namespace CoeurDeVille.Modules.Trees.Community;

/// <summary>The name a contributor is shown under in public: the pseudonym of the account, never its e-mail.</summary>
public sealed class Pseudonyms(IDbContextFactory<CdvDbContext> contexts)
{
    public async Task<string> OfAsync(string userId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var name = await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken);
        return string.IsNullOrWhiteSpace(name) ? $"Contributeur {userId[..Math.Min(6, userId.Length)]}" : name.Trim();
    }

    /// <summary>What pages show for a row whose author erased their account.</summary>
    public static string Shown(string? pseudonym) => pseudonym ?? "Compte supprimé";
}
