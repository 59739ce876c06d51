using CoeurDeVille.Storage.Layers;
using CoeurDeVille.Storage.Layers.Import;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoeurDeVille.Web.Layers;

/// <summary>
/// Demo layers for <c>--seed-demo</c>: the Gard communes (real, france-geojson, Licence Ouverte) as a layer of Alès
/// (30007), read from <c>Cdv:DemoDataFolder</c> (default <c>../shared/data</c>). Without that folder the demo has no layer.
/// </summary>
public static class DemoLayers
{
    public const string Territory = "30007";
    public const string CommunesDataset = "communes-gard";

    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        var folder = Hosting.SharedDataLocator.Resolve(
            services.GetRequiredService<IConfiguration>()["Cdv:DemoDataFolder"], services.GetRequiredService<IHostEnvironment>().ContentRootPath);
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DemoLayers));
        var communes = Path.Combine(folder, "territories", "france-geojson", "communes-30-gard.geojson");
        if (!File.Exists(communes))
        {
            logger.LogInformation("Pas de couche de démonstration : {File} est absent (Cdv:DemoDataFolder).", communes);
            return;
        }

        var store = services.GetRequiredService<LayerStore>();
        using var source = LayerImporter.Open(communes);
        var layer = await LayerImporter.ImportAsync(store, source, new LayerKey(Territory, CommunesDataset), "Communes du Gard", cancellationToken);
        logger.LogInformation("Couche de démonstration {Collection} : {Count} objets.", layer.Key.CollectionId, layer.FeatureCount);
    }
}
