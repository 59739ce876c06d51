using System.Security.Claims;
using CoeurDeVille.Storage.Accounts;
using CoeurDeVille.Storage.Audit;
using CoeurDeVille.Storage.HostedTerritories;
using CoeurDeVille.Web.Catalogue;
using CoeurDeVille.Web.Territories;

namespace CoeurDeVille.Web.Accounts;

/// <summary>
/// REST routes of hosted territories and accounts: bulk hosting (administrators and animators), a territory's look
/// and logo, its audit log, and which catalogues a user may publish to.
/// </summary>
public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Territoires hébergés");
        api.MapPost("/admin/territoires", HostAsync).RequireAuthorization(AccountPolicies.HostTerritories)
            .WithSummary("Héberge des territoires en masse (codes INSEE, membres d'EPCI, communes d'un département) : tout ou rien.");
        api.MapGet("/territoires/{code}/apparence", ReadLookAsync)
            .WithSummary("Apparence d'un territoire hébergé : nom affiché, nom court, couleurs, présence d'un logo.");
        api.MapPut("/territoires/{code}/apparence", WriteLookAsync).RequireAuthorization(AccountPolicies.EditTerritory)
            .WithSummary("Modifie l'apparence d'un territoire (agents, animateurs, administrateurs) ; contraste RGAA vérifié.");
        api.MapGet("/territoires/{code}/journal", JournalAsync).RequireAuthorization(AccountPolicies.EditTerritory)
            .WithSummary("Journal des modifications d'un territoire (agents, animateurs, administrateurs).");
        api.MapPost("/publication/territoires-autorises", PublishTargetsAsync).RequireAuthorization()
            .WithSummary("Parmi des codes de territoires, ceux dans lesquels l'utilisateur connecté peut publier.");
        app.MapGet("/territoires/{code}/logo", LogoAsync).WithTags("Territoires hébergés")
            .WithSummary("Logo d'un territoire hébergé.");
        return app;
    }

    private static async Task<IResult> HostAsync(HttpRequest request, HostedTerritoryStore store, TerritoryDirectoryProvider directory, ClaimsPrincipal user)
    {
        var (body, problem) = await JsonBody.ReadAsync<HostingBody>(request);
        if (problem is not null)
        {
            return problem;
        }

        var hostingRequest = new HostingRequest(body!.Codes ?? [], body.Epci ?? [], body.Departements ?? []);
        if (hostingRequest.Codes.Count + hostingRequest.EpciMembersOf.Count + hostingRequest.CommunesOfDepartements.Count > 5000)
        {
            return Results.Problem(title: "Demande trop longue", detail: "5 000 codes au plus par demande.", statusCode: StatusCodes.Status400BadRequest);
        }

        // An animator (not admin) becomes animator of what it hosts, so it can edit them at once.
        var animator = user.IsInRole(CdvRoles.Admin) ? null : user.FindFirstValue(ClaimTypes.NameIdentifier);
        try
        {
            var result = await store.HostAsync(await directory.GetAsync(request.HttpContext.RequestAborted), hostingRequest,
                AuditActors.From(user), animator, request.HttpContext.RequestAborted);
            return Results.Ok(new
            {
                crees = result.Created.Select(t => new { code = t.Code, nom = t.Name, type = t.Kind.ToString() }),
                dejaHeberges = result.AlreadyHosted,
                anciensCodes = result.FormerCodesFollowed,
            });
        }
        catch (HostingException e)
        {
            return Results.Problem(title: "Codes refusés", detail: e.Message, statusCode: StatusCodes.Status400BadRequest,
                extensions: new Dictionary<string, object?> { ["codesRefuses"] = e.OffendingCodes });
        }
    }

    private static async Task<IResult> ReadLookAsync(string code, HostedTerritoryStore store, CancellationToken cancellationToken)
    {
        if (!CatalogueIdentifiers.IsTerritoryCode(code))
        {
            return CatalogueProblems.InvalidTerritory();
        }

        return await store.FindAsync(code, cancellationToken) is { } territory
            ? Results.Ok(new
            {
                code = territory.Code,
                nom = territory.Name,
                nomAffiche = territory.DisplayName ?? territory.Name,
                nomCourt = territory.Slug,
                couleurPrincipale = territory.PrimaryColour,
                couleurSecondaire = territory.SecondaryColour,
                logo = territory.LogoMediaType is null ? null : $"/territoires/{territory.Code}/logo",
            })
            : NotHosted(code);
    }

    private static async Task<IResult> WriteLookAsync(string code, HttpRequest request, HostedTerritoryStore store, ClaimsPrincipal user)
    {
        var (body, problem) = await JsonBody.ReadAsync<LookBody>(request);
        if (problem is not null)
        {
            return problem;
        }

        var errors = await store.UpdateLookAsync(code, body!.DisplayName, NullIfBlank(body.Slug), NullIfBlank(body.PrimaryColour),
            NullIfBlank(body.SecondaryColour), null, AuditActors.From(user), request.HttpContext.RequestAborted);
        return errors.Count == 0
            ? Results.NoContent()
            : Results.Problem(title: "Apparence refusée", detail: string.Join(" ", errors), statusCode: StatusCodes.Status400BadRequest,
                extensions: new Dictionary<string, object?> { ["erreurs"] = errors });
    }

    private static async Task<IResult> JournalAsync(string code, AuditLog audit, CancellationToken cancellationToken)
    {
        var entries = await audit.ListAsync([code], code, 200, cancellationToken);
        return Results.Ok(entries.Select(e => new { quand = e.At, qui = e.Actor, action = e.Action, cible = e.Target, details = e.Details }));
    }

    private static async Task<IResult> PublishTargetsAsync(HttpRequest request, TerritoryPermissions permissions, ClaimsPrincipal user)
    {
        var (body, problem) = await JsonBody.ReadAsync<PublishTargetsBody>(request);
        if (problem is not null)
        {
            return problem;
        }

        var codes = (body!.Codes ?? []).Where(CatalogueIdentifiers.IsTerritoryCode).ToList();
        var allowed = await permissions.PublishableTerritoriesAsync(user.FindFirstValue(ClaimTypes.NameIdentifier)!, codes, request.HttpContext.RequestAborted);
        return Results.Ok(new { autorises = allowed, refuses = (body.Codes ?? []).Except(allowed, StringComparer.Ordinal) });
    }

    private static async Task<IResult> LogoAsync(string code, HttpContext http, HostedTerritoryStore store, CancellationToken cancellationToken)
    {
        if (!CatalogueIdentifiers.IsTerritoryCode(code))
        {
            return CatalogueProblems.InvalidTerritory();
        }

        if (await store.FindAsync(code, cancellationToken) is not { Logo: { } logo, LogoMediaType: { } mediaType })
        {
            return Results.Problem(title: "Logo introuvable", detail: $"Le territoire {code} n'a pas de logo.", statusCode: StatusCodes.Status404NotFound);
        }

        // An SVG opened directly must not run anything even if sniffing missed a trick.
        http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; sandbox";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        // Every themed page asks for it: browsers keep it five minutes, then revalidate with its tag (304).
        var tag = EntityTag.Of(logo);
        http.Response.Headers.ETag = tag;
        http.Response.Headers.CacheControl = "public, max-age=300";
        return EntityTag.Matches(http.Request.Headers.IfNoneMatch, tag) ? Results.StatusCode(StatusCodes.Status304NotModified) : Results.File(logo, mediaType);
    }

    private static IResult NotHosted(string code) => Results.Problem(
        title: "Territoire non hébergé", detail: $"Le territoire {code} n'est pas hébergé par cette instance.", statusCode: StatusCodes.Status404NotFound);

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
