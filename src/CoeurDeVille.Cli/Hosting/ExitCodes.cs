namespace CoeurDeVille.Cli.Hosting;

/// <summary>The CLI's exit codes (DESIGN.md §6).</summary>
public static class ExitCodes
{
    public const int Done = 0;
    public const int BadInput = 1;
    public const int SourceUnreachable = 2;
}
