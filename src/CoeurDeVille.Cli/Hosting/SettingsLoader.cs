using CoeurDeVille.Core.Configuration;
using Microsoft.Extensions.Configuration;

namespace CoeurDeVille.Cli.Hosting;

/// <summary>Reads <c>appsettings.json</c> beside the executable, then <c>CDV__…</c> environment variables.</summary>
public static class SettingsLoader
{
    public static CdvSettings Load()
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables("CDV__")
            .Build();
        var settings = new CdvSettings();
        configuration.GetSection("Cdv").Bind(settings);
        configuration.Bind(settings);
        if (string.IsNullOrWhiteSpace(settings.DataFolder))
        {
            settings.DataFolder = new CdvSettings().DataFolder;
        }

        return settings;
    }
}
