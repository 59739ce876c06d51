using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using CoeurDeVille.Storage.Accounts;
using CoeurDeVille.Storage.Audit;
using CoeurDeVille.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoeurDeVille.Web.Pages.Compte;

/// <summary>
/// « Mon compte »: what is stored about me, e-mail notifications on or off, my data as JSON (GDPR art. 15 and 20),
/// and the deletion of my account with everything the features hold about me (art. 17), confirmed by the password.
/// </summary>
[Authorize]
public sealed class CompteModel(
    UserManager<CdvUser> users, SignInManager<CdvUser> signIn, MembershipStore memberships, AccountData accountData, AuditLog audit) : PageModel
{
    private static readonly JsonSerializerOptions ExportJson = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public CdvUser Account { get; private set; } = null!;

    public IReadOnlyList<TerritoryMembership> Memberships { get; private set; } = [];

    public string? Error { get; private set; }

    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : Challenge();

    /// <summary>Everything held about me, as a JSON file.</summary>
    public async Task<IActionResult> OnGetDonneesAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var export = await accountData.ExportAsync(user.Id, HttpContext.RequestAborted);
        return File(JsonSerializer.SerializeToUtf8Bytes(export, ExportJson), "application/json; charset=utf-8", "mes-donnees.json");
    }

    public async Task<IActionResult> OnPostNotificationsAsync(string? notifications)
    {
        if (!await LoadAsync())
        {
            return Challenge();
        }

        Account.EmailNotifications = notifications == "oui";
        await users.UpdateAsync(Account);
        await audit.RecordAsync(AuditActors.From(User), "compte.notifications", null, Account.Email, new { parCourriel = Account.EmailNotifications }, HttpContext.RequestAborted);
        Done = Account.EmailNotifications ? "Vous serez aussi prévenu(e) par courriel." : "Vous ne recevrez plus de courriel ; les notifications restent visibles ici.";
        return Page();
    }

    public async Task<IActionResult> OnPostSupprimerAsync(string? motDePasse)
    {
        if (!await LoadAsync())
        {
            return Challenge();
        }

        if (string.IsNullOrEmpty(motDePasse) || !await users.CheckPasswordAsync(Account, motDePasse))
        {
            Error = "Mot de passe incorrect : le compte n'a pas été supprimé.";
            return Page();
        }

        await accountData.DeleteAsync(Account.Id, HttpContext.RequestAborted);
        await signIn.SignOutAsync();
        return LocalRedirect("~/?compte=supprime");
    }

    private async Task<bool> LoadAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return false;
        }

        Account = user;
        Memberships = await memberships.OfUserAsync(user.Id, HttpContext.RequestAborted);
        return true;
    }
}
