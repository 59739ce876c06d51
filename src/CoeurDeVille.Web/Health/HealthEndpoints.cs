using CoeurDeVille.Storage;
using Microsoft.EntityFrameworkCore;

namespace CoeurDeVille.Web.Health;

/// <summary><c>/sante</c>: 200 when the database answers, 503 with a French message when it does not.</summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/sante", async (IDbContextFactory<CdvDbContext> factory, CancellationToken cancellationToken) =>
            {
                await using var db = await factory.CreateDbContextAsync(cancellationToken);
                var reachable = await db.Database.CanConnectAsync(cancellationToken);
                return reachable
                    ? Results.Ok(new { statut = "ok", baseDeDonnees = db.Provider.ToString() })
                    : Results.Problem("La base de données ne répond pas.", statusCode: StatusCodes.Status503ServiceUnavailable);
            })
            .WithTags("Santé")
            .WithName("Sante")
            .WithSummary("Santé de l'instance : la base de données est-elle joignable ?");
        return app;
    }
}
