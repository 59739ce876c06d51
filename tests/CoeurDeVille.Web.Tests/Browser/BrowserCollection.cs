using Xunit;

namespace CoeurDeVille.Web.Tests.Browser;

/// <summary>
/// The browser test classes share one Chromium and run one after the other: a page of another class brought to the
/// front takes the keyboard focus, and a file chooser opened with Space never comes (seen in a CI run).
/// </summary>
[CollectionDefinition(nameof(BrowserCollection))]
public sealed class BrowserCollection
{
}
