using CoeurDeVille.Storage.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoeurDeVille.Web.Pages.Compte;

/// <summary>Logout: a POST (with its antiforgery token), so that a link on another site cannot sign anyone out.</summary>
public sealed class DeconnexionModel(SignInManager<CdvUser> signIn) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("~/");
    }
}
