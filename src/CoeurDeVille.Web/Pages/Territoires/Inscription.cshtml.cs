using CoeurDeVille.Storage.Accounts;
using CoeurDeVille.Storage.Audit;
using CoeurDeVille.Storage.HostedTerritories;
using CoeurDeVille.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CoeurDeVille.Web.Pages.Territoires;

/// <summary>
/// Sign-up of a resident as contributor of a hosted territory (reports on trees, observations for the atlas). Asks
/// only what the features need — a pseudonym shown publicly, an e-mail to sign in and be told, a password — and an
/// explicit consent (GDPR art. 6-1-a); a signed-in person joins the territory with one button instead.
/// </summary>
[EnableRateLimiting(RateLimitPolicies.PublicWrites)]
public sealed class InscriptionModel(
    HostedTerritoryStore territories,
    UserManager<CdvUser> users,
    SignInManager<CdvUser> signIn,
    MembershipStore memberships,
    AuditLog audit,
    TimeProvider timeProvider) : PageModel
{
    public const int PseudonymMaxLength = 40;

    public HostedTerritory Territory { get; private set; } = null!;

    [FromQuery(Name = "retour")]
    public string? ReturnUrl { get; set; }

    public string? Pseudonym { get; private set; }

    public string? Email { get; private set; }

    public bool EmailNotifications { get; private set; }

    /// <summary>Role of the signed-in person on this territory, when signed in and already a member.</summary>
    public TerritoryRole? CurrentRole { get; private set; }

    public IReadOnlyList<(string Field, string Message)> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code)
    {
        if (!await LoadAsync(code))
        {
            return NotFound();
        }

        await LoadRoleAsync(code);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(
        string code, string? pseudonyme, string? courriel, string? motDePasse, string? consentement, string? notifications, string? retour)
    {
        if (!await LoadAsync(code))
        {
            return NotFound();
        }

        if (User.Identity?.IsAuthenticated == true)
        {
            // A signed-in person joins with the « rejoindre » handler; a second account is not created over a session.
            return BadRequest();
        }

        ReturnUrl = retour;
        Pseudonym = pseudonyme?.Trim();
        Email = courriel?.Trim();
        EmailNotifications = notifications == "oui";
        var errors = Check(Pseudonym, Email, motDePasse, consentement);
        if (errors.Count > 0)
        {
            Errors = errors;
            return Page();
        }

        var user = new CdvUser
        {
            UserName = Email,
            Email = Email,
            DisplayName = Pseudonym,
            ConsentedAt = timeProvider.GetUtcNow(),
            EmailNotifications = EmailNotifications,
        };
        var created = await users.CreateAsync(user, motDePasse!);
        if (!created.Succeeded)
        {
            Errors = created.Errors.Select(e => (e.Code.StartsWith("Password", StringComparison.Ordinal) ? "mot-de-passe" : "courriel", e.Description)).ToList();
            return Page();
        }

        var actor = new AuditActor(user.Id, Email!);
        await audit.RecordAsync(actor, "compte.inscrire", code, Email, new { pseudonyme = Pseudonym, notificationsParCourriel = EmailNotifications }, HttpContext.RequestAborted);
        await memberships.GrantAsync(user.Id, [code], TerritoryRole.Contributor, actor, HttpContext.RequestAborted);
        await signIn.SignInAsync(user, isPersistent: false);
        return LocalRedirect(Destination(code, retour));
    }

    /// <summary>A signed-in person without a role here becomes contributor; an existing role is never lowered.</summary>
    public async Task<IActionResult> OnPostRejoindreAsync(string code, string? retour)
    {
        if (!await LoadAsync(code))
        {
            return NotFound();
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        await LoadRoleAsync(code);
        if (CurrentRole is null)
        {
            // Territory roles are read from the database on each request: no need to renew the sign-in cookie.
            await memberships.GrantAsync(user.Id, [code], TerritoryRole.Contributor, AuditActors.From(User), HttpContext.RequestAborted);
        }

        return LocalRedirect(Destination(code, retour));
    }

    private static List<(string Field, string Message)> Check(string? pseudonym, string? email, string? password, string? consent)
    {
        var errors = new List<(string, string)>();
        if (string.IsNullOrEmpty(pseudonym) || pseudonym.Length < 2 || pseudonym.Length > PseudonymMaxLength)
        {
            errors.Add(("pseudonyme", $"Le pseudonyme doit compter de 2 à {PseudonymMaxLength} caractères."));
        }
        else if (pseudonym.Contains('@', StringComparison.Ordinal))
        {
            errors.Add(("pseudonyme", "Le pseudonyme est affiché publiquement : n'y mettez pas votre adresse électronique."));
        }

        if (string.IsNullOrEmpty(email))
        {
            errors.Add(("courriel", "Saisissez votre adresse électronique : elle sert à vous connecter."));
        }

        if (string.IsNullOrEmpty(password))
        {
            errors.Add(("mot-de-passe", "Choisissez un mot de passe de 12 caractères au moins."));
        }

        if (consent != "oui")
        {
            errors.Add(("consentement", "Cochez la case d'accord sur l'usage de vos données pour créer le compte."));
        }

        return errors;
    }

    private string Destination(string code, string? retour) =>
        Url.IsLocalUrl(retour) ? retour : $"/territoires/{Uri.EscapeDataString(code)}";

    private async Task<bool> LoadAsync(string code)
    {
        var territory = await territories.FindAsync(code, HttpContext.RequestAborted);
        if (territory is null)
        {
            return false;
        }

        Territory = territory;
        return true;
    }

    private async Task LoadRoleAsync(string code)
    {
        var user = await users.GetUserAsync(User);
        if (user is not null)
        {
            var mine = await memberships.OfUserAsync(user.Id, HttpContext.RequestAborted);
            CurrentRole = mine.FirstOrDefault(m => m.TerritoryCode == code)?.Role;
        }
    }
}
