namespace CoeurDeVille.Cli.Accounts;

/// <summary>Where <c>--mot-de-passe-stdin</c> reads from: standard input, or a reader a test sets for its own async flow.</summary>
public static class CliInput
{
    private static readonly AsyncLocal<TextReader?> Override = new();

    public static TextReader Current => Override.Value ?? Console.In;

    /// <summary>Replaces standard input for the calling async flow only (tests).</summary>
    public static void Use(TextReader reader) => Override.Value = reader;
}
