using CoeurDeVille.Core.Uploads;
using CoeurDeVille.Storage.Accounts;
using CoeurDeVille.Storage.Audit;
using CoeurDeVille.Storage.HostedTerritories;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ApplicationParts;

namespace CoeurDeVille.Web.Accounts;

/// <summary>
/// Accounts, territory permissions, rate limits, upload limits and the audit log in the web host:
/// <c>builder.AddAccounts()</c>, then <c>app.UseAccounts()</c> right after <c>UseRouting()</c> (authentication,
/// authorization, rate limiter — before <c>UseAntiforgery()</c>), then <c>app.MapAccounts()</c>.
/// </summary>
public static class AccountsRegistration
{
    /// <summary>Default upload limit (<c>Cdv:Televersement:TailleMaxOctets</c>): 50 Mo.</summary>
    public const long DefaultMaxUploadBytes = 50L * 1024 * 1024;

    public static WebApplicationBuilder AddAccounts(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddHttpContextAccessor();
        services.AddCdvIdentityStores().AddSignInManager();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "cdv.session";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.LoginPath = "/connexion";
            cookie.LogoutPath = "/deconnexion";
            cookie.AccessDeniedPath = "/acces-refuse";
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            // APIs answer 401/403; pages redirect to the login or access-denied page.
            cookie.Events.OnRedirectToLogin = context => ApiOrRedirect(context.HttpContext, context.RedirectUri, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context => ApiOrRedirect(context.HttpContext, context.RedirectUri, StatusCodes.Status403Forbidden);
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(AccountPolicies.Admin, policy => policy.RequireRole(CdvRoles.Admin))
            .AddPolicy(AccountPolicies.HostTerritories, policy => policy.RequireRole(CdvRoles.Admin, CdvRoles.Animator))
            .AddPolicy(AccountPolicies.EditTerritory, policy => policy.AddRequirements(new TerritoryRoleRequirement(TerritoryRole.Agent)))
            .AddPolicy(AccountPolicies.ExpertOfTerritory, policy => policy.AddRequirements(new TerritoryRoleRequirement(TerritoryRole.Expert)))
            .AddPolicy(AccountPolicies.ContributeToTerritory, policy => policy.AddRequirements(new TerritoryRoleRequirement(TerritoryRole.Contributor)));
        services.AddScoped<IAuthorizationHandler, TerritoryRoleHandler>();
        services.AddRateLimiter(options => RateLimitPolicies.Configure(options, builder.Configuration));

        var maxUpload = builder.Configuration.GetValue("Cdv:Televersement:TailleMaxOctets", DefaultMaxUploadBytes);
        services.AddSingleton(new UploadInspector(maxUpload));
        // The transport refuses bodies well above the upload limit (room for form fields and multipart framing).
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = maxUpload + 1024 * 1024);
        services.Configure<FormOptions>(form => form.MultipartBodyLengthLimit = maxUpload + 64 * 1024);

        services.AddSingleton<AuditLog>();
        services.AddSingleton<HostedTerritoryStore>();
        services.AddSingleton<MembershipStore>();
        services.AddSingleton<TerritoryPermissions>();
        return builder;
    }

    public static WebApplication UseAccounts(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        return app;
    }

    public static WebApplication MapAccounts(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapAccountEndpoints();
        return app;
    }

    private static Task ApiOrRedirect(HttpContext http, string redirectUri, int status)
    {
        if (http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            http.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        http.Response.Redirect(redirectUri);
        return Task.CompletedTask;
    }
}
