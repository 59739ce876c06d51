using CoeurDeVille.Cli.Hosting;
using Spectre.Console;

System.Globalization.CultureInfo.DefaultThreadCurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};
return await CliApp.RunAsync(args, SettingsLoader.Load(), AnsiConsole.Console, TimeProvider.System, cancellation.Token);
