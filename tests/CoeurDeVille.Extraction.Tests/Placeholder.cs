namespace CoeurDeVille.Extraction.Tests;
internal static class Placeholder { }
