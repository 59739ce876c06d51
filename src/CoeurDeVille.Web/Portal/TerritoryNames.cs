using CoeurDeVille.Core.Territories;
using CoeurDeVille.Storage;
using CoeurDeVille.Web.Territories;
using Microsoft.EntityFrameworkCore;

namespace CoeurDeVille.Web.Portal;

/// <summary>
/// Names and populations of territories: the <c>territories</c> table first, then the COG directory. The directory is
/// waited for a bounded time and its failure is tolerated: a page without names still shows its codes and data.
/// </summary>
public sealed class TerritoryNames(IDbContextFactory<CdvDbContext> contexts, TerritoryDirectoryProvider directories, ILogger<TerritoryNames> logger)
{
    private static readonly TimeSpan DirectoryWait = TimeSpan.FromSeconds(15);

    public async Task<TerritoryDirectory?> DirectoryAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await directories.GetAsync(cancellationToken).WaitAsync(DirectoryWait, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(exception, "Référentiel des territoires (COG) indisponible : les pages affichent les codes seuls.");
            return null;
        }
    }

    /// <summary>Names of the given codes; a code unknown everywhere is its own name.</summary>
    public async Task<IReadOnlyDictionary<string, string>> NamesAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stored = await db.Territories.AsNoTracking().Where(t => codes.Contains(t.Code)).Select(t => new { t.Code, t.Name }).ToListAsync(cancellationToken);
        var names = stored.ToDictionary(t => t.Code, t => t.Name, StringComparer.Ordinal);
        var missing = codes.Where(c => !names.ContainsKey(c)).ToList();
        if (missing.Count > 0 && await DirectoryAsync(cancellationToken) is { } directory)
        {
            foreach (var code in missing)
            {
                if (NameIn(directory, code) is { } name)
                {
                    names[code] = name;
                }
            }
        }

        foreach (var code in codes.Where(c => !names.ContainsKey(c)))
        {
            names[code] = code;
        }

        return names;
    }

    public static string? NameIn(TerritoryDirectory directory, string code) =>
        directory.FindCommune(code)?.Name ?? directory.FindEpci(code)?.Name;
}
