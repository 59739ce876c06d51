using CoeurDeVille.Storage;
using CoeurDeVille.Storage.Accounts;
using CoeurDeVille.Storage.Audit;
using CoeurDeVille.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace CoeurDeVille.Web.Pages.Compte;

/// <summary>
/// Creates the first administrator. Answers 404 as soon as an administrator exists, for GET and POST alike, so the
/// page cannot be used to take over an installed instance.
/// </summary>
[EnableRateLimiting(RateLimitPolicies.PublicWrites)]
public sealed class InstallationModel(
    IDbContextFactory<CdvDbContext> contexts,
    UserManager<CdvUser> users,
    RoleManager<IdentityRole> roles,
    SignInManager<CdvUser> signIn,
    CdvDbContext db,
    AuditLog audit,
    TimeProvider timeProvider) : PageModel
{
    public string? Email { get; private set; }

    public IReadOnlyList<(string Field, string Message)> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync() => await AdminExistsAsync() ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(string? courriel, string? motDePasse)
    {
        if (await AdminExistsAsync())
        {
            return NotFound();
        }

        Email = courriel;
        // The check above is only a shortcut: the claim inside CreateAdminAsync is what stops a concurrent second admin.
        var result = await AccountSetup.CreateAdminAsync(
            db, users, roles, audit, courriel ?? string.Empty, motDePasse ?? string.Empty, AuditActor.System, firstOnly: true, timeProvider, HttpContext.RequestAborted);
        if (result.NotFirst)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            Errors = result.Errors.Select(e => (e.Contains("mot de passe", StringComparison.OrdinalIgnoreCase) ? "mot-de-passe" : "courriel", e)).ToList();
            return Page();
        }

        var admin = await users.FindByEmailAsync(courriel!.Trim());
        await signIn.SignInAsync(admin!, isPersistent: false);
        return LocalRedirect("~/admin/territoires");
    }

    private async Task<bool> AdminExistsAsync()
    {
        await using var db = await contexts.CreateDbContextAsync(HttpContext.RequestAborted);
        return await AccountSetup.AdminExistsAsync(db, HttpContext.RequestAborted);
    }
}
