namespace CoeurDeVille.Cli.Tests;
internal static class Placeholder { }
