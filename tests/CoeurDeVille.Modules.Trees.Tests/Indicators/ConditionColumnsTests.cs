using System.Text;
using CoeurDeVille.Modules.Trees.Indicators.Conditions;
using Xunit;

namespace CoeurDeVille.Modules.Trees.Tests.Indicators;

public sealed class ConditionColumnsTests
{
    private static ConditionColumns Parse(string json) => ConditionColumns.Parse(new MemoryStream(Encoding.UTF8.GetBytes(json)), "etat.json");

    [Fact]
    public void A_condition_file_reads_stage_values_health_horizons_and_columns()
    {
        var columns = Parse("""
            { "nom": "essai", "stade": { "colonne": "S", "valeurs": { " Vieux ": "vieillissant" } }, "etat": { "colonne": "E", "vide": ["?"] },
              "echeances": [ { "colonne": "P", "valeurs": { "6-10": [6, 10] } } ], "age": { "colonne": "A" }, "diametreHouppier": { "colonne": "H" } }
            """);

        Assert.Equal("essai", columns.Name);
        Assert.Equal(DevelopmentStage.Ageing, columns.StageValues["Vieux"]);
        Assert.Equal(["?"], columns.HealthEmpty);
        Assert.Equal(new YearRange(6, 10), Assert.Single(columns.Horizons).Values["6-10"]);
        Assert.Equal(("A", "H"), (columns.AgeColumn, columns.CrownDiameterColumn));
    }

    [Theory]
    [InlineData("""{ "stade": { "colonne": "S", "valeurs": { "x": "vieux" } } }""", "« vieux » n'est pas un stade")]
    [InlineData("""{ "echeances": [ { "colonne": "P", "valeurs": { "x": [10, 6] } } ] }""", "attendu [min, max] en années")]
    [InlineData("""{ "echeances": [ { "valeurs": { "x": [1, 2] } } ] }""", "clé manquante ou valeur inattendue")]
    [InlineData("""{ "stade": """, "JSON illisible")]
    public void A_bad_condition_file_is_refused_with_a_french_message(string json, string expected)
    {
        var error = Assert.Throws<InvalidDataException>(() => Parse(json));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("etat.json", error.Message, StringComparison.Ordinal);
    }
}
