using CoeurDeVille.Storage.Accounts;
using CoeurDeVille.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CoeurDeVille.Web.Pages.Compte;

/// <summary>Login page; sign-in attempts are rate limited per IP and lock the account after 5 failures.</summary>
[EnableRateLimiting(RateLimitPolicies.PublicWrites)]
public sealed class ConnexionModel(SignInManager<CdvUser> signIn) : PageModel
{
    public string? Email { get; private set; }

    public string? Error { get; private set; }

    [FromQuery(Name = "ReturnUrl")]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? courriel, string? motDePasse, string? retour)
    {
        Email = courriel;
        ReturnUrl = retour;
        if (string.IsNullOrWhiteSpace(courriel) || string.IsNullOrEmpty(motDePasse))
        {
            Error = "Saisissez votre adresse électronique et votre mot de passe.";
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(courriel.Trim(), motDePasse, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            Error = "Compte bloqué pendant 15 minutes après plusieurs essais infructueux.";
            return Page();
        }

        if (!result.Succeeded)
        {
            Error = "Adresse électronique ou mot de passe incorrect.";
            return Page();
        }

        return LocalRedirect(Url.IsLocalUrl(retour) ? retour : "~/");
    }
}
