using CoeurDeVille.Core.Validation;
using CoeurDeVille.TestSupport;
using Xunit;
using static CoeurDeVille.Core.Tests.Validation.FrictionlessFixtureTests;

namespace CoeurDeVille.Core.Tests.Validation;

/// <summary>The national schemas' own examples: valid ones give no error, invalid ones the errors their authors planted.</summary>
public sealed class NationalSchemaTests
{
    private static string Schemas(params string[] parts) => SharedData.PathOf(["standards", "schemas", .. parts]);

    [Theory]
    [InlineData("catalogue-donnees/exemple-valide.csv", "catalogue-donnees/schema.json")]
    [InlineData("comptage-mobilites/channel/exemple-valide.csv", "comptage-mobilites/channel/schema.json")]
    [InlineData("comptage-mobilites/channel/exemple-valide-eco-compteur.csv", "comptage-mobilites/channel/schema.json")]
    [InlineData("comptage-mobilites/measure/exemple-valide.csv", "comptage-mobilites/measure/schema.json")]
    [InlineData("comptage-mobilites/measure/exemple-valide-eco-compteur.csv", "comptage-mobilites/measure/schema.json")]
    [InlineData("comptage-mobilites/site/exemple-valide.csv", "comptage-mobilites/site/schema.json")]
    [InlineData("comptage-mobilites/site/exemple-valide-eco-compteur.csv", "comptage-mobilites/site/schema.json")]
    [InlineData("irve/dynamique/exemple-valide-dynamique.csv", "irve/dynamique/schema-dynamique.json")]
    [InlineData("irve/statique/exemple-valide-statique.csv", "irve/statique/schema-statique.json")]
    [InlineData("lieux-covoiturage/exemple-valide.csv", "lieux-covoiturage/schema-0.2.0.json")]
    [InlineData("stationnement-cyclable/exemple-valide.csv", "stationnement-cyclable/schema-1.1.2.json")]
    [InlineData("stationnement-cyclable/exemple-valide.csv", "stationnement-cyclable/schema-1.1.1.json")]
    [InlineData("stationnement/exemple-valide.csv", "stationnement/schema.json")]
    public void Valid_examples_have_no_error(string file, string schema)
    {
        var report = Validate(Schemas(file.Split('/')), TableSchema.Load(Schemas(schema.Split('/'))));

        Assert.True(report.Valid, report.ToText());
        Assert.True(report.RowCount > 0);
    }

    [Fact]
    public void Stationnement_invalid_example()
    {
        var report = Validate(Schemas("stationnement", "exemple-invalide.csv"), TableSchema.Load(Schemas("stationnement", "schema.json")));

        Assert.Equal(["[2,1,constraint-error]", "[2,21,constraint-error]"], Codes(report));
        Assert.Equal(["id", "tarif_pmr"], report.Errors.Select(e => e.FieldName));
        Assert.Contains("ne fait pas partie des valeurs autorisées", report.Errors[1].Message, StringComparison.Ordinal);

        // The siret is checked by a Validata custom check, which is listed as not verified rather than passed.
        Assert.Contains(report.UncheckedCustomChecks, c => c.Name == "french-siret-value");
        Assert.Contains("« french-siret-value » : non vérifié", report.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Comptage_channel_invalid_example()
    {
        var report = Validate(Schemas("comptage-mobilites", "channel", "exemple-invalide.csv"), TableSchema.Load(Schemas("comptage-mobilites", "channel", "schema.json")));

        Assert.Equal(
            ["[2,14,constraint-error]", "[2,15,constraint-error]", "[3,14,constraint-error]", "[3,15,constraint-error]", "[3,-,primary-key]", "[4,5,constraint-error]", "[5,5,constraint-error]"],
            Codes(report));
        Assert.Equal(6, report.Counts[ValidationErrorTypes.ConstraintError]);
        Assert.Equal(1, report.Counts[ValidationErrorTypes.PrimaryKey]);
        Assert.Equal("ERR002,PEDESTRIAN", report.Errors[^1].Cell);
    }

    [Fact]
    public void Covoiturage_invalid_example()
    {
        var report = Validate(Schemas("lieux-covoiturage", "exemple-invalide.csv"), TableSchema.Load(Schemas("lieux-covoiturage", "schema-0.2.0.json")));

        var error = Assert.Single(report.Errors);
        Assert.Equal((ValidationErrorTypes.TypeError, 3, "date_maj", "24-06-2019"), (error.Type, error.RowNumber!.Value, error.FieldName!, error.Cell!));
        Assert.Contains(report.UncheckedCustomChecks, c => c.Name == "french-siren-value");
    }

    [Fact]
    public void Schema_arbre_example_is_valid()
    {
        var report = Validate(SharedData.PathOf("trees", "schema-arbre", "exemple-valide.csv"), TableSchema.Load(SharedData.PathOf("trees", "schema-arbre", "schema.json")));

        Assert.True(report.Valid, report.ToText());
        Assert.Equal("id", report.Labels[0]);
    }
}
