using CoeurDeVille.Storage.Accounts;

namespace CoeurDeVille.Web.Looks;

/// <summary>Each territory's look on its pages (layout) and its members page: <c>builder.AddTerritoryLooks()</c>.</summary>
public static class LookRegistration
{
    public static WebApplicationBuilder AddTerritoryLooks(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<TerritoryThemes>();
        builder.Services.AddSingleton<TerritoryMembers>();
        return builder;
    }
}
