using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using CoeurDeVille.Core.Configuration;
using CoeurDeVille.Core.Downloads;
using CoeurDeVille.Modules.Biodiversity;
using CoeurDeVille.Modules.Trees.Web;
using CoeurDeVille.Storage;
using CoeurDeVille.Storage.Files;
using CoeurDeVille.Storage.Inventories;
using CoeurDeVille.Web.Accounts;
using CoeurDeVille.Web.Catalogue;
using CoeurDeVille.Web.Community;
using CoeurDeVille.Web.Extractor;
using CoeurDeVille.Web.Hosting.CpuGate;
using CoeurDeVille.Web.Health;
using CoeurDeVille.Web.Layers;
using CoeurDeVille.Web.Looks;
using CoeurDeVille.Web.Ogc;
using CoeurDeVille.Web.Territories;
using CoeurDeVille.Web.Validation;
using CoeurDeVille.Web.Portal;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.WebEncoders;
using Microsoft.EntityFrameworkCore;
using Scalar.AspNetCore;

namespace CoeurDeVille.Web.Hosting;

/// <summary>
/// Composition of the web host, one explicit call per feature: configuration (<c>Cdv</c> section), storage, accounts,
/// catalogue and DCAT, validation, portal pages, extractor, OGC API Features and tiles, OpenAPI (<c>/openapi/v1.json</c>,
/// <c>/api/reference</c>), <c>/sante</c>. Tests start it on a loopback port.
/// </summary>
public static class CdvWebApp
{
    /// <summary>Builds the application and ensures the database schema; <c>--seed-demo</c> loads the demo inventory.</summary>
    /// <param name="configureServices">Last word on services, for tests (a fake <see cref="TimeProvider"/>).</param>
    public static async Task<WebApplication> CreateAsync(string[] args, CancellationToken cancellationToken = default, Action<IServiceCollection>? configureServices = null)
    {
        var seedFlag = args.Contains("--seed-demo", StringComparer.Ordinal);
        var builder = WebApplication.CreateBuilder(args.Where(a => a != "--seed-demo").ToArray());
        var options = builder.Configuration.GetSection(CdvWebOptions.Section).Get<CdvWebOptions>() ?? new CdvWebOptions();
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(TimeProvider.System);
        var settings = new CdvSettings { DataFolder = options.ResolvedDataFolder() };
        builder.Configuration.GetSection(CdvWebOptions.Section).Bind(settings);
        settings.DataFolder = options.ResolvedDataFolder();
        builder.Services.AddSingleton(settings);
        builder.Services.AddHttpClient(nameof(DownloadCache), http => http.DefaultRequestHeaders.UserAgent.ParseAdd("coeurdeville-web/0.1"));
        builder.Services.AddSingleton(services => new DownloadCache(
            settings.CacheFolder,
            services.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(DownloadCache)),
            services.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton<TerritoryDirectoryProvider>();
        // The loaded COG directory for modules, which cannot reference the web project.
        builder.Services.AddSingleton<Func<CancellationToken, Task<CoeurDeVille.Core.Territories.TerritoryDirectory>>>(s => s.GetRequiredService<TerritoryDirectoryProvider>().GetAsync);
        builder.Services.AddSingleton<IDbContextFactory<CdvDbContext>>(
            new CdvDbContextFactory(options.Database, options.ResolvedDataFolder()));
        builder.Services.AddSingleton<IFileStore>(services => new FolderFileStore(Path.Combine(services.GetRequiredService<CdvSettings>().DataFolder, "fichiers")));
        builder.Services.AddSingleton<InventoryStore>();
        builder.Services.AddSingleton<CatalogueReader>();
        // Named explicitly: when a test assembly hosts the app, it is not the entry assembly where pages are found.
        builder.Services.AddRazorPages()
            .AddMvcOptions(mvc => mvc.Filters.Add<HandlerlessWriteFilter>())
            .AddApplicationPart(typeof(CdvWebApp).Assembly);
        builder.AddCpuGate();
        builder.AddAccounts();
        builder.AddCommunity();
        builder.AddValidation();
        builder.AddPortal();
        builder.AddTerritoryLooks();
        builder.AddExtractor();
        builder.Services.AddOgc();
        builder.AddBiodiversityModule();
        builder.AddTreesModule();
        // French text stays readable in the HTML source (é, œ, —) instead of numeric character references.
        builder.Services.Configure<WebEncoderOptions>(encoder => encoder.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        builder.Services.AddResponseCompression(compression =>
        {
            compression.EnableForHttps = true;
            compression.Providers.Add<BrotliCompressionProvider>();
            compression.Providers.Add<GzipCompressionProvider>();
            compression.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(
                [CatalogueMediaTypes.JsonLd, CatalogueMediaTypes.Turtle, "application/problem+json"]);
        });
        builder.Services.AddOpenApi(openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Cœur de Ville Data — API";
            document.Info.Description = "Catalogues de données des territoires : inventaires, synthèses et catalogues DCAT-AP.";
            return Task.CompletedTask;
        }));

        configureServices?.Invoke(builder.Services);
        var app = builder.Build();
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<CdvDbContext>>().CreateDbContextAsync(cancellationToken))
        {
            await db.EnsureSchemaAsync(cancellationToken);
        }

        if (seedFlag || options.SeedDemo)
        {
            await app.Services.GetRequiredService<InventoryStore>().SaveAsync(DemoInventory.Create(), "démonstration", cancellationToken: cancellationToken);
            await DemoLayers.SeedAsync(app.Services, cancellationToken);
        }

        app.UseResponseCompression();
        app.UseStatusCodePages(FrenchStatusPages.WriteAsync);
        app.UseStaticFiles();
        app.UseRouting();
        app.UseCpuGate();
        app.UseAccounts();
        app.UseAntiforgery();
        app.MapOpenApi();
        app.MapScalarApiReference("/api/reference", scalar => scalar.WithTitle("Cœur de Ville Data — référence de l'API"));
        app.MapCatalogue();
        app.MapHealth();
        app.MapValidation();
        app.MapPortal();
        app.MapExtractor();
        app.MapAccounts();
        app.MapCommunity();
        app.MapOgc();
        app.MapBiodiversityModule();
        app.MapTreesModule();
        app.MapRazorPages();
        return app;
    }
}
