using System.ComponentModel;
using System.Diagnostics;

namespace CoeurDeVille.Web.Tests.Ogc;

/// <summary>Runs a GDAL command-line tool (gdal-bin, installed by tools/test-services.sh); a missing tool fails the test.</summary>
public static class GdalTool
{
    public static async Task<string> RunAsync(string tool, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["GDAL_HTTP_TIMEOUT"] = "60";
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException(
                $"{tool} introuvable : installez gdal-bin (source tools/test-services.sh le fait). Ce test échoue au lieu d'être ignoré.", e);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{tool} a échoué ({process.ExitCode}) : {await error}\n{await output}");
            }

            return await output;
        }
    }
}
