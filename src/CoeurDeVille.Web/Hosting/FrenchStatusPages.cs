using System.Net;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace CoeurDeVille.Web.Hosting;

/// <summary>
/// The body of an error answer that has none (a page or endpoint returning a bare 404, 403…): a short French page for
/// a browser, French problem details for everything else. Without it a visitor got « Not Found » in English JSON.
/// </summary>
public static class FrenchStatusPages
{
    public static async Task WriteAsync(StatusCodeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        var status = http.Response.StatusCode;
        var (title, detail) = TextOf(status);
        var wantsPage = HttpMethods.IsGet(http.Request.Method)
            && http.Request.Headers.Accept.Any(a => a is not null && a.Contains("text/html", StringComparison.OrdinalIgnoreCase));
        if (wantsPage)
        {
            http.Response.ContentType = "text/html; charset=utf-8";
            await http.Response.WriteAsync(
                $"""
                <!DOCTYPE html>
                <html lang="fr">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{title} — Cœur de Ville Data</title></head>
                <body><main><h1>{title}</h1><p>{detail}</p><p><a href="/">Retour à l'accueil</a> pour voir les territoires hébergés.</p></main></body>
                </html>
                """, http.RequestAborted);
            return;
        }

        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }

    private static (string Title, string Detail) TextOf(int status) => (HttpStatusCode)status switch
    {
        HttpStatusCode.BadRequest => ("Requête invalide", "La requête n'a pas pu être comprise."),
        HttpStatusCode.Unauthorized => ("Connexion requise", "Connectez-vous pour accéder à cette page."),
        HttpStatusCode.Forbidden => ("Accès refusé", "Votre compte n'a pas le droit d'accéder à cette ressource."),
        HttpStatusCode.NotFound => ("Page introuvable", "Rien n'existe à cette adresse, ou ce territoire n'a pas encore publié ces données."),
        HttpStatusCode.MethodNotAllowed => ("Méthode non autorisée", "Cette adresse n'accepte pas cette méthode."),
        HttpStatusCode.RequestEntityTooLarge => ("Envoi trop volumineux", "Le fichier ou le formulaire dépasse la taille acceptée."),
        HttpStatusCode.UnsupportedMediaType => ("Type de contenu non pris en charge", "Le format envoyé n'est pas accepté ici."),
        HttpStatusCode.TooManyRequests => ("Trop de requêtes", "Trop de demandes en peu de temps : réessayez dans un moment."),
        _ when status >= 500 => ("Erreur du serveur", "Une erreur est survenue de notre côté ; réessayez plus tard."),
        _ => ("Erreur", $"La requête a échoué (code {status})."),
    };
}
