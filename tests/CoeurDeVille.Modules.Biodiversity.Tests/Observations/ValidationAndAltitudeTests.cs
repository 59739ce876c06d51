using CoeurDeVille.Modules.Biodiversity.Atlas;
using CoeurDeVille.Modules.Biodiversity.Observations;
using CoeurDeVille.Modules.Biodiversity.Tabular;
using CoeurDeVille.TestSupport;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace CoeurDeVille.Modules.Biodiversity.Tests.Observations;

public sealed class ValidationAndAltitudeTests
{
    private static readonly ObservationReadOptions Today = new() { Time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero)) };

    private static List<Observation> Read(string path)
    {
        using var reader = ObservationFileReader.Open(path, Today);
        return [.. reader.Read()];
    }

    [Fact]
    public void GeoNature_import_labels_and_altitudes_are_read()
    {
        // The GeoNature import test file: niveau_validation « En attente de validation », alti_min/alti_max 1500/1565.
        var records = Read(BiodiversityData.GeoNatureImport("few_lines.csv"));
        Assert.All(records, r => Assert.Equal(0, r.ValidationLevel));
        Assert.Contains(records, r => r is { AltitudeMin: 1500, AltitudeMax: 1565 });
    }

    [Fact]
    public void Ecrins_altitudes_are_the_files()
    {
        var records = Read(BiodiversityData.Ecrins);
        using var parser = new Microsoft.VisualBasic.FileIO.TextFieldParser(BiodiversityData.Ecrins) { HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!;
        var first = parser.ReadFields()!;
        Assert.Equal(int.Parse(first[Array.IndexOf(header, "altitude_min")], System.Globalization.CultureInfo.InvariantCulture), records[0].AltitudeMin);
        Assert.Equal(int.Parse(first[Array.IndexOf(header, "altitude_max")], System.Globalization.CultureInfo.InvariantCulture), records[0].AltitudeMax);
        Assert.All(records, r => Assert.Null(r.ValidationLevel)); // id_nomenclature_valid_status is an internal id: not read
    }

    [Theory]
    [InlineData("nivVal;altitudeMin;altitudeMax", "1;1200.4;1300", 1, 1200, 1300)]
    [InlineData("identificationVerificationStatus;minimumElevationInMeters;maximumElevationInMeters", "Probable;;800", 2, 800, 800)]
    [InlineData("validation_niv_val;altitude_min;altitude_max", "6;;", 6, null, null)]
    [InlineData("nivVal;minimumElevationInMeters;maximumElevationInMeters", "2;~ 1800;?", 2, null, null)]
    [InlineData("niveau_validation;alti_min;alti_max", "certain - tres probable;10;12", 1, 10, 12)]
    public void Sinp_geonature_naturaliz_and_dwc_names_are_read(string columns, string values, int level, int? min, int? max)
    {
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, "obs.csv");
        File.WriteAllLines(path, [$"cdNom;nomCite;jourDateDebut;codeCommune;{columns}", $"61098;Capra ibex;2020-06-01;05061;{values}"]);
        var record = Assert.Single(Read(path));
        Assert.Equal(level, record.ValidationLevel);
        Assert.Equal(min, record.AltitudeMin);
        Assert.Equal(max, record.AltitudeMax);
    }

    [Theory]
    [InlineData("nivVal", "7", "« 7 » n'est pas un niveau de validation")]
    [InlineData("nivVal", "vérifié", "« vérifié » n'est pas un niveau de validation")]
    [InlineData("altitudeMin", "12000", "« 12000 » n'est pas une altitude")]
    public void Bad_levels_and_altitudes_are_refused_in_french(string column, string value, string expected)
    {
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, "obs.csv");
        File.WriteAllLines(path, [$"cdNom;nomCite;jourDateDebut;codeCommune;{column}", $"61098;Capra ibex;2020-06-01;05061;{value}"]);
        var error = Assert.Throws<BiodiversityFileException>(() => Read(path));
        Assert.Contains($"obs.csv, ligne 2, champ « {column} » : {expected}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Altitude_classes_follow_geonature_atlas_bounds()
    {
        Assert.Empty(AltitudeClass.Of([]));
        var classes = AltitudeClass.Of([(-20, 1), (499, 2), (500, 3), (3999, 4), (4000, 5), (4800, 6)]);
        Assert.Equal(9, classes.Count);
        Assert.Equal(3, classes[0].Observations);
        Assert.Equal(3, classes[1].Observations);
        Assert.Equal(4, classes[7].Observations);
        Assert.Equal(11, classes[8].Observations);
        Assert.Equal("moins de 500 m", classes[0].Label);
        Assert.Equal("500–999 m", classes[1].Label);
        Assert.Equal("4000 m et plus", classes[8].Label);
    }
}
