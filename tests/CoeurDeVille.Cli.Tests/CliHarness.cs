using CoeurDeVille.Cli.Hosting;
using CoeurDeVille.Core.Configuration;
using CoeurDeVille.TestSupport;
using Spectre.Console;

namespace CoeurDeVille.Cli.Tests;

/// <summary>
/// Runs <c>cdv</c> in-process against a real local HTTP server that serves shared/data, with its own data
/// folder, the way a user's machine would fetch the national files.
/// </summary>
public sealed class CliHarness : IAsyncDisposable
{
    private readonly TemporaryFolder _folder = new();

    private CliHarness(LocalHttpServer server)
    {
        Server = server;
        Settings = new CdvSettings
        {
            DataFolder = Path.Combine(_folder.Path, "data"),
            ActionCoeurDeVille = server.Url("territories/action-coeur-de-ville/coeurdeville.js"),
            SourcesBaseUrl = server.BaseUrl,
            Territoires = new TerritorySettings
            {
                Decoupage = server.Url("territories/decoupage-administratif/"),
                ContoursCommunes = server.Url("territories/france-geojson/communes-{code}-{slug}.geojson"),
                ContoursDepartement = server.Url("territories/france-geojson/departement-{code}-{slug}.geojson"),
            },
        };
    }

    public LocalHttpServer Server { get; }

    public CdvSettings Settings { get; }

    public string Folder => _folder.Path;

    public string OutputFolder => Path.Combine(_folder.Path, "sortie");

    public static async Task<CliHarness> StartAsync(string? servedFolder = null) =>
        new(await LocalHttpServer.StartAsync(servedFolder ?? SharedData.Folder));

    public async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 250;
        var exitCode = await CliApp.RunAsync(args, Settings, console, TimeProvider.System, Xunit.TestContext.Current.CancellationToken);
        return (exitCode, writer.ToString());
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        _folder.Dispose();
    }
}
