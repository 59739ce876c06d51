using CoeurDeVille.Modules.Biodiversity.Sensitivity;
using CoeurDeVille.Modules.Biodiversity.Tabular;
using CoeurDeVille.TestSupport;
using Xunit;

namespace CoeurDeVille.Modules.Biodiversity.Tests.Sensitivity;

/// <summary>The national referential (GINCO especesensible, real 2019 rows) and GeoNature's matching rules.</summary>
public sealed class SensitivityReferentialTests
{
    private static readonly DateOnly Today = new(2026, 1, 15);

    private static readonly Lazy<SensitivityReferential> National = new(() =>
        new SensitivityReferential(SensitivityReader.Read(SharedData.PathOf("biodiversity", "sensitivity", "ginco_especesensible.csv"))));

    [Fact]
    public void ReadsEveryRowOfTheNationalFile()
    {
        var rules = SensitivityReader.Read(SharedData.PathOf("biodiversity", "sensitivity", "ginco_especesensible.csv"));
        Assert.Equal(File.ReadLines(SharedData.PathOf("biodiversity", "sensitivity", "ginco_especesensible.csv")).Count() - 1, rules.Count);
        // Row 1 of the file: Myotis brandtii (79300) in the Val-d'Oise, level 2, hibernation (STATUT_BIO 4), no duration.
        Assert.Contains(new SensitivityRule(79300, "95", 2, null, "4"), rules);
    }

    [Fact]
    public void BiologicalStatusAndDepartementAreConditions()
    {
        // Myotis brandtii in 95: rules for statuses 3, 4 and 7 only.
        Assert.Equal(2, National.Value.LevelOf(79300, "95", new DateOnly(2024, 1, 10), "4", Today));
        Assert.Equal(0, National.Value.LevelOf(79300, "95", new DateOnly(2024, 1, 10), "13", Today));
        Assert.Equal(0, National.Value.LevelOf(79300, "95", new DateOnly(2024, 1, 10), null, Today));
        Assert.Equal(0, National.Value.LevelOf(12345678, "95", new DateOnly(2024, 1, 10), "4", Today));
    }

    [Fact]
    public void DurationCountsFromTheObservationYear()
    {
        // Cottus petiti (159453) in 95: level 2 for 20 years. GeoNature: year(now) - duration <= year(observation).
        Assert.Equal(2, National.Value.LevelOf(159453, "95", new DateOnly(2006, 6, 1), null, Today));
        Assert.Equal(0, National.Value.LevelOf(159453, "95", new DateOnly(2005, 6, 1), null, Today));
        Assert.Equal(2, National.Value.LevelOf(159453, "95", null, null, Today));
    }

    [Fact]
    public void TheMostRestrictiveMatchingRuleWins()
    {
        var referential = new SensitivityReferential(
        [
            new SensitivityRule(1, "05", 1, null, null),
            new SensitivityRule(1, "05", 3, null, "3"),
            new SensitivityRule(1, "05", 4, 5, null),
        ]);
        Assert.Equal(3, referential.LevelOf(1, "05", new DateOnly(2000, 1, 1), "3", Today));
        Assert.Equal(1, referential.LevelOf(1, "05", new DateOnly(2000, 1, 1), "9", Today));
        Assert.Equal(4, referential.LevelOf(1, "05", new DateOnly(2024, 1, 1), "9", Today));
    }

    [Fact]
    public void ABadRowRefusesTheWholeFile()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("sensibilite.csv");
        File.WriteAllLines(path, ["cd_dept,id,cd_nom,duree,codage,autre,cd_sl,cd_occ_statut_biologique,nom_cite", "05,1,61098,,2,,1,,", "05,2,61119,,7,,1,,"]);
        var error = Assert.Throws<BiodiversityFileException>(() => SensitivityReader.Read(path));
        var single = Assert.Single(error.Errors);
        Assert.Equal(3, single.Line);
        Assert.Equal("codage", single.Field);
    }
}
