using CoeurDeVille.Core.Configuration;
using CoeurDeVille.Storage.Extracts;
using CoeurDeVille.Storage.Files;
using CoeurDeVille.Web.Extractor.Jobs;
using CoeurDeVille.Web.Extractor.Publication;
using CoeurDeVille.Web.Extractor.Refresh;

namespace CoeurDeVille.Web.Extractor;

/// <summary>The extractor in the host: <c>builder.AddExtractor()</c> then <c>app.MapExtractor()</c>.</summary>
public static class ExtractorRegistration
{
    public static WebApplicationBuilder AddExtractor(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(ExtractorOptions.Section).Get<ExtractorOptions>() ?? new ExtractorOptions();
        builder.Services.AddSingleton(options);
        builder.Services.AddHttpClient(nameof(ExtractionService));
        builder.Services.AddSingleton<ExtractionService>();
        builder.Services.AddSingleton<PreviewCounter>();
        builder.Services.AddSingleton<ExtractionJobQueue>();
        builder.Services.AddSingleton<ExtractPublicationStore>();
        builder.Services.AddSingleton<ExtractionPublisher>();
        builder.Services.AddSingleton<PublicationAuthorization>();
        builder.Services.AddSingleton<ExtractorPublicationFlow>();
        builder.Services.AddHostedService<ExtractionWorker>();
        builder.Services.AddSingleton<RefreshService>();
        builder.Services.AddHostedService(services => services.GetRequiredService<RefreshService>());
        return builder;
    }

    public static WebApplication MapExtractor(this WebApplication app)
    {
        ExtractorEndpoints.Map(app);
        return app;
    }
}
