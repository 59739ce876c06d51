using CoeurDeVille.Storage.Layers;
using CoeurDeVille.Storage.Layers.Tiles;
using CoeurDeVille.Web.Layers;
using CoeurDeVille.Web.Ogc.Tiles;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CoeurDeVille.Web.Ogc;

/// <summary>One call each in the host: <c>builder.Services.AddOgc()</c> and <c>app.MapOgc()</c>.</summary>
public static class OgcRegistration
{
    /// <summary>Layer storage, the tile index and tile caches.</summary>
    public static IServiceCollection AddOgc(this IServiceCollection services)
    {
        services.AddSingleton<LayerStore>();
        services.AddSingleton<TileIndexCache>();
        services.AddSingleton<LayerTileStore>();
        services.AddHostedService<TileTablesUpgrader>();
        services.AddSingleton(provider => new VectorTileCache(
            provider.GetRequiredService<IConfiguration>().GetValue<long?>("Cdv:Tuiles:CacheMaxOctets") ?? VectorTileCache.DefaultSizeLimitBytes));
        return services;
    }

    /// <summary>OGC API Features (instance and territory), vector tiles, layer downloads and table preview.</summary>
    public static IEndpointRouteBuilder MapOgc(this IEndpointRouteBuilder app)
    {
        app.MapOgcFeatures();
        app.MapVectorTiles();
        app.MapLayerDownloads();
        return app;
    }
}
