using CoeurDeVille.Storage.Accounts;
using CoeurDeVille.Storage.Trees.Community;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoeurDeVille.Modules.Trees.Community;

/// <summary>The services of the trees community (called by <c>AddTreesModule</c>).</summary>
public static class TreeCommunityRegistration
{
    public static IServiceCollection AddTreeCommunity(this IServiceCollection services)
    {
        services.TryAddSingleton<TreeCommunityStore>();
        services.TryAddSingleton<CommunityAccess>();
        services.TryAddSingleton<Pseudonyms>();
        services.TryAddSingleton<CommunityNotifier>();
        services.TryAddSingleton<TreePhotoGallery>();
        services.TryAddSingleton<TreePhotoUploads>();
        services.TryAddSingleton<TreePhotoModeration>();
        services.TryAddSingleton<ActivityFeed>();
        services.AddSingleton<IPersonalDataHandler, TreeCommunityPersonalData>();
        return services;
    }
}
