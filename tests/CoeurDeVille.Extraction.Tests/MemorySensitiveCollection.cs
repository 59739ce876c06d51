using Xunit;

namespace CoeurDeVille.Extraction.Tests;

/// <summary>Tests that measure the process's memory run after the others, never in parallel with them.</summary>
[CollectionDefinition(DisableParallelization = true)]
public sealed class MemorySensitiveCollection
{
}
