using CoeurDeVille.Storage.Layers;
using CoeurDeVille.Storage.Layers.Tiles;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CoeurDeVille.Web.Ogc.Tiles;

/// <summary>
/// After start-up, in the background, builds the tile tables of large point layers imported before they existed
/// (imports write them). Until a layer's tables exist its tiles come from the in-memory <see cref="TileIndex"/>.
/// </summary>
public sealed partial class TileTablesUpgrader(LayerStore layers, LayerTileStore tiles, ILogger<TileTablesUpgrader> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // never hold up the host's start
        try
        {
            foreach (var layer in await layers.ListAsync(cancellationToken: stoppingToken))
            {
                if (layer.PointsOnly && layer.FeatureCount > TileIndex.MaxFeaturesWithProperties
                    && await tiles.BuildAsync(layer, stoppingToken))
                {
                    Built(logger, layer.Key.CollectionId, layer.FeatureCount);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e) when (e is InvalidOperationException or System.Data.Common.DbException or LayerStoreException)
        {
            Failed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Tuiles de la couche {Layer} indexées ({Count} points).")]
    private static partial void Built(ILogger logger, string layer, long count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Indexation des tuiles interrompue : elles restent servies depuis la mémoire.")]
    private static partial void Failed(ILogger logger, Exception exception);
}
