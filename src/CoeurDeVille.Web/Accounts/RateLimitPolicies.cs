using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace CoeurDeVille.Web.Accounts;

/// <summary>
/// Named rate-limiting policies. <see cref="PublicWrites"/> limits writes (POST, PUT, PATCH, DELETE) per client IP
/// address; reads through the same endpoint are never limited. Attach it with
/// <c>.RequireRateLimiting(RateLimitPolicies.PublicWrites)</c> or <c>[EnableRateLimiting(RateLimitPolicies.PublicWrites)]</c>.
/// Limits: <c>Cdv:Limites:EcrituresPubliques:Permis</c> (default 30) per <c>…:FenetreSecondes</c> (default 60).
/// </summary>
public static class RateLimitPolicies
{
    public const string PublicWrites = "ecritures-publiques";

    internal static void Configure(RateLimiterOptions options, IConfiguration configuration)
    {
        var section = configuration.GetSection("Cdv:Limites:EcrituresPubliques");
        var permits = section.GetValue("Permis", 30);
        var window = TimeSpan.FromSeconds(section.GetValue("FenetreSecondes", 60));
        options.AddPolicy(PublicWrites, http =>
            HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)
                ? RateLimitPartition.GetNoLimiter("lecture")
                : RateLimitPartition.GetFixedWindowLimiter(
                    http.Connection.RemoteIpAddress?.ToString() ?? "inconnue",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 }));
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.OnRejected = async (context, cancellationToken) =>
        {
            var retry = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : window;
            var seconds = Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds));
            context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            await Results.Problem(
                title: "Trop de requêtes",
                detail: $"Trop d'envois depuis votre adresse en peu de temps. Réessayez dans {seconds} secondes ; rien n'a été enregistré.",
                statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(context.HttpContext);
        };
    }
}
