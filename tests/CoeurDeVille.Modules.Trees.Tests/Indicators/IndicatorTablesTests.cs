using System.Reflection;
using Xunit;

namespace CoeurDeVille.Modules.Trees.Tests.Indicators;

/// <summary>The curated data files: every data row has as many fields as its header (a « ; » inside a text would shift them).</summary>
public sealed class IndicatorTablesTests
{
    [Theory]
    [InlineData("Indicators.menaces.csv", 7)]
    [InlineData("Indicators.equations-biomasse.csv", 5)]
    [InlineData("Indicators.genres-equations.csv", 3)]
    [InlineData("Indicators.potentiel-allergisant.csv", 5)]
    [InlineData("Indicators.essences-conseillees.csv", 4)]
    public void Every_row_has_the_headers_field_count_and_a_non_empty_last_field(string resource, int fields)
    {
        var assembly = typeof(Modules.Trees.Indicators.Figure).Assembly;
        using var stream = assembly.GetManifestResourceStream("CoeurDeVille.Modules.Trees." + resource);
        Assert.NotNull(stream);
        using var reader = new StreamReader(stream);
        var rows = reader.ReadToEnd().Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split(';')).ToList();
        Assert.True(rows.Count >= 2, resource);
        Assert.All(rows, r => Assert.Equal(fields, r.Length));
        Assert.All(rows, r => Assert.False(string.IsNullOrWhiteSpace(r[^1])));
    }
}
