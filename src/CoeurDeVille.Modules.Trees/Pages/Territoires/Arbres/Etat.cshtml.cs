using System.Globalization;
using CoeurDeVille.Modules.Trees.Diversity;
using CoeurDeVille.Modules.Trees.Inventory;
using CoeurDeVille.Storage.Trees;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoeurDeVille.Modules.Trees.Pages.Territoires.Arbres;

/// <summary>
/// The inventory as it stood at the end of a past day (« ?date=AAAA-MM-JJ »), rebuilt from the versions
/// (<see cref="TreeStore.StateAtAsync"/>): counts, diversity against the 10-20-30 rule and the trees by page.
/// </summary>
public sealed class EtatModel(TreeStore store, TimeProvider timeProvider) : PageModel
{
    public const int PageSize = 50;

    public string Code { get; private set; } = "";

    public DateOnly Day { get; private set; }

    public int StandingCount { get; private set; }

    public int RemovedCount { get; private set; }

    public DiversityReport? Diversity { get; private set; }

    public IReadOnlyList<StoredTree> Trees { get; private set; } = [];

    public int PageNumber { get; private set; } = 1;

    public int PageCount { get; private set; } = 1;

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, string? date, int? page)
    {
        Code = code;
        if (await store.StampAsync(code, HttpContext.RequestAborted) is null)
        {
            // No inventory was ever imported for this code (or it is not a code at all).
            return NotFound();
        }

        var today = DateOnly.FromDateTime(timeProvider.GetLocalNow().DateTime);
        if (date is null or "")
        {
            Day = today;
        }
        else if (DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            Day = day;
        }
        else
        {
            Day = today;
            Error = $"Date « {date} » illisible : attendue au format AAAA-MM-JJ (par exemple 2025-03-14).";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var state = await store.StateAtAsync(code, PastDates.EndOf(Day), HttpContext.RequestAborted);
        var standing = state.Where(t => !t.Removed).ToList();
        (StandingCount, RemovedCount) = (standing.Count, state.Count - standing.Count);
        if (state.Count > 0)
        {
            Diversity = DiversityCalculator.Compute(state.Select(StoredTrees.ToRecord));
        }

        PageCount = Math.Max(1, (standing.Count + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(page ?? 1, 1, PageCount);
        Trees = [.. standing.Skip((PageNumber - 1) * PageSize).Take(PageSize)];
        return Page();
    }
}
