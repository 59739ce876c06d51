using CoeurDeVille.Modules.Biodiversity.Atlas;
using CoeurDeVille.Modules.Biodiversity.Contributions;
using CoeurDeVille.Modules.Biodiversity.Publication;
using CoeurDeVille.Modules.Biodiversity.Store;
using CoeurDeVille.Storage.Accounts;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace CoeurDeVille.Modules.Biodiversity;

/// <summary>
/// The module's registration in the web host (DESIGN §2): <c>builder.AddBiodiversityModule(); app.MapBiodiversityModule();</c>.
/// Pages (<c>/territoires/{code}/atlas…</c>) are this assembly's Razor pages; the API lives under <c>/api/v1/territoires/{code}/biodiversite</c>.
/// </summary>
public static class BiodiversityModule
{
    public static WebApplicationBuilder AddBiodiversityModule(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<AtlasConnections>();
        builder.Services.AddSingleton<AtlasReader>();
        builder.Services.AddSingleton<ObservationStore>();
        // Participatory science (Contributions/): submissions, expert validation, autocomplete.
        builder.Services.AddSingleton<ContributionSensitivity>();
        builder.Services.AddSingleton<ContributionArea>();
        builder.Services.AddSingleton<TaxonNames>();
        builder.Services.AddSingleton<SubmissionStore>();
        builder.Services.AddSingleton<SubmissionRules>();
        builder.Services.AddSingleton<SubmissionPhotos>();
        builder.Services.AddSingleton<ContributionNotices>();
        builder.Services.AddSingleton<HostedTerritories>();
        builder.Services.AddSingleton<Contributors>();
        builder.Services.AddSingleton<IPersonalDataHandler, SubmissionPersonalData>();
        builder.Services.AddSingleton<AtlasPublication>();
        // Named explicitly: no assembly scanning finds a module's pages.
        builder.Services.AddRazorPages().AddApplicationPart(typeof(BiodiversityModule).Assembly);
        return builder;
    }

    public static WebApplication MapBiodiversityModule(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapAtlasApi();
        app.MapContributionApi();
        app.MapAtlasPublicationApi();
        return app;
    }
}
