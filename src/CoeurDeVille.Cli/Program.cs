using CoeurDeVille.Cli.Hosting;
using Spectre.Console;

System.Globalization.CultureInfo.DefaultThreadCurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};
if (Console.IsOutputRedirected)
{
    // Logs and pipes have no window: do not wrap file paths at 80 columns.
    AnsiConsole.Console.Profile.Width = 200;
}

return await CliApp.RunAsync(args, SettingsLoader.Load(), AnsiConsole.Console, TimeProvider.System, cancellation.Token);
