using Xunit;

namespace CoeurDeVille.Web.Tests.Looks;

/// <summary>
/// Tests that assert a cached value is still served: the change counters they depend on are process-wide, so these
/// run alone, after the parallel tests, when no other test commits a change in between.
/// </summary>
[CollectionDefinition(nameof(CacheSensitiveCollection), DisableParallelization = true)]
public sealed class CacheSensitiveCollection;
