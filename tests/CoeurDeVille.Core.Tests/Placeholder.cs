namespace CoeurDeVille.Core.Tests;
internal static class Placeholder { }
