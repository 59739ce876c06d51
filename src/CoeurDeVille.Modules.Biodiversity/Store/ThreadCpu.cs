using System.Globalization;

namespace CoeurDeVille.Modules.Biodiversity.Store;

/// <summary>
/// CPU time of the calling thread (user + system) from Linux's <c>/proc/thread-self/stat</c>, zero elsewhere. The import
/// phases report it next to wall times because on a shared machine the CPU a thread used is the steady figure.
/// </summary>
internal static class ThreadCpu
{
    private const string Path = "/proc/thread-self/stat";

    public static TimeSpan Now()
    {
        try
        {
            if (!OperatingSystem.IsLinux())
            {
                return TimeSpan.Zero;
            }

            var stat = File.ReadAllText(Path);
            // Fields after the command name (which may hold spaces, hence the last ')'): utime and stime are the 12th and 13th.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            // USER_HZ is 100 on every Linux build .NET supports.
            return TimeSpan.FromMilliseconds(ticks * 10);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            // A sandbox hiding /proc, an unexpected format: the figure is informative only.
            return TimeSpan.Zero;
        }
    }
}
