using System.Text;
using System.Text.Json.Nodes;
using CoeurDeVille.Core.Validation;
using CoeurDeVille.Core.Validation.JsonSchemas;
using CoeurDeVille.TestSupport;
using Xunit;
using static CoeurDeVille.Core.Tests.Validation.JsonSchemas.GeoJsonMutations;

namespace CoeurDeVille.Core.Tests.Validation.JsonSchemas;

/// <summary>The two national JSON Schemas (infos-travaux, on-street parking) against valid fixtures and one-change mutations of them.</summary>
public sealed class JsonSchemaValidatorTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static Task<JsonSchemaDocument> InfosTravaux() => JsonSchemaDocument.LoadAsync(JsonSchemaFixtures.InfosTravauxSchema, new HttpClient(), Token);

    private static Task<JsonSchemaDocument> Onstreet() => JsonSchemaDocument.LoadAsync(JsonSchemaFixtures.OnstreetParkingSchema, new HttpClient(), Token);

    [Fact]
    public async Task Valid_infos_travaux_file_passes()
    {
        var report = await JsonSchemaValidator.ValidateFileAsync(JsonSchemaFixtures.InfosTravauxValid, await InfosTravaux(), cancellationToken: Token);

        Assert.True(report.Valid, report.ToText());
        Assert.Equal(4, report.RowCount);
        Assert.Equal("infos-travaux-valide.geojson", report.File);
    }

    [Fact]
    public async Task Valid_onstreet_parking_file_passes()
    {
        var report = await JsonSchemaValidator.ValidateFileAsync(JsonSchemaFixtures.OnstreetParkingValid, await Onstreet(), cancellationToken: Token);

        Assert.True(report.Valid, report.ToText());
        Assert.Equal(2, report.RowCount);
    }

    [Fact]
    public async Task Missing_required_property_names_the_feature_and_field()
    {
        // Feature 3 is a polygon: its conditional rule (polyProperties) requires siret.
        using var file = Mutate(JsonSchemaFixtures.InfosTravauxValid, root => root.Properties(3).Remove("siret"));

        var error = Assert.Single((await JsonSchemaValidator.ValidateAsync(file, await InfosTravaux(), Token)).Errors);

        Assert.Equal((ValidationErrorTypes.MissingCell, 3, "siret"), (error.Type, error.RowNumber, error.FieldName));
        Assert.Equal("Entité 3, champ « siret » : propriété obligatoire « siret » absente.", error.Message);
    }

    [Fact]
    public async Task Conditional_requirement_depends_on_the_geometry()
    {
        // longueur is required for points (feature 1) but not for lines (feature 2).
        using var file = Mutate(JsonSchemaFixtures.InfosTravauxValid, root =>
        {
            root.Properties(1).Remove("longueur");
            root.Properties(2).Remove("longueur");
        });

        var error = Assert.Single((await JsonSchemaValidator.ValidateAsync(file, await InfosTravaux(), Token)).Errors);

        Assert.Equal((ValidationErrorTypes.MissingCell, 1, "longueur"), (error.Type, error.RowNumber, error.FieldName));
    }

    [Fact]
    public async Task Wrong_type()
    {
        using var file = Mutate(JsonSchemaFixtures.InfosTravauxValid, root => root.Properties(2)["longueur"] = "123");

        var error = Assert.Single((await JsonSchemaValidator.ValidateAsync(file, await InfosTravaux(), Token)).Errors);

        Assert.Equal((ValidationErrorTypes.TypeError, 2, "longueur", "123"), (error.Type, error.RowNumber, error.FieldName, error.Cell));
        Assert.Contains("nombre", error.Message, StringComparison.Ordinal);
        Assert.Contains("texte", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Value_outside_the_enum_lists_the_allowed_values()
    {
        using var file = Mutate(JsonSchemaFixtures.InfosTravauxValid, root => root.Properties(4)["categorie"] = "TELEPHONE");

        var error = Assert.Single((await JsonSchemaValidator.ValidateAsync(file, await InfosTravaux(), Token)).Errors);

        Assert.Equal((ValidationErrorTypes.ConstraintError, 4, "categorie", "TELEPHONE"), (error.Type, error.RowNumber, error.FieldName, error.Cell));
        Assert.Contains("TELECOM", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_date_format()
    {
        using var file = Mutate(JsonSchemaFixtures.InfosTravauxValid, root => root.Properties(1)["date_fin"] = "2019-13-25");

        var error = Assert.Single((await JsonSchemaValidator.ValidateAsync(file, await InfosTravaux(), Token)).Errors);

        Assert.Equal((ValidationErrorTypes.ConstraintError, 1, "date_fin"), (error.Type, error.RowNumber, error.FieldName));
        Assert.Equal("Entité 1, champ « date_fin » : « 2019-13-25 » ne respecte pas le format \"date\".", error.Message);
    }

    [Fact]
    public async Task Geometry_type_the_schema_does_not_allow()
    {
        // On-street parking allows lines and polygons only.
        using var file = Mutate(JsonSchemaFixtures.OnstreetParkingValid, root => root.Feature(2)["geometry"] = JsonNode.Parse("""{"type":"Point","coordinates":[2.3461,48.8618]}"""));

        var error = Assert.Single((await JsonSchemaValidator.ValidateAsync(file, await Onstreet(), Token)).Errors);

        Assert.Equal((ValidationErrorTypes.ConstraintError, 2, "geometry"), (error.Type, error.RowNumber, error.FieldName));
        Assert.Contains("aucune des formes permises", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nested_value_is_reported_on_its_top_level_field_with_its_path()
    {
        using var file = Mutate(JsonSchemaFixtures.OnstreetParkingValid, root => root.Properties(1)["regulations"]![0]!["rule"]!["type"] = "PAYANTE");

        var error = Assert.Single((await JsonSchemaValidator.ValidateAsync(file, await Onstreet(), Token)).Errors);

        Assert.Equal((ValidationErrorTypes.ConstraintError, 1, "regulations", "PAYANTE"), (error.Type, error.RowNumber, error.FieldName, error.Cell));
        Assert.Contains("(/features/0/properties/regulations/0/rule/type)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Integer_field_with_a_decimal_and_several_errors_counted_by_type()
    {
        using var file = Mutate(JsonSchemaFixtures.OnstreetParkingValid, root =>
        {
            root.Properties(1)["places"] = 13.5;
            root.Properties(2).Remove("city");
            root.Properties(2)["width"] = "1,8";
        });

        var report = await JsonSchemaValidator.ValidateAsync(file, await Onstreet(), Token);

        Assert.Equal(
            ["1 places type-error", "2 city missing-cell", "2 width type-error"],
            report.Errors.Select(e => $"{e.RowNumber} {e.FieldName} {e.Type}").Order(StringComparer.Ordinal));
        Assert.Equal(2, report.Counts[ValidationErrorTypes.TypeError]);
        Assert.Equal(1, report.Counts[ValidationErrorTypes.MissingCell]);
    }

    [Fact]
    public async Task Malformed_json_reports_line_and_column()
    {
        var lines = File.ReadAllLines(JsonSchemaFixtures.InfosTravauxValid);
        var line = Array.FindIndex(lines, l => l.Contains("\"siret\":", StringComparison.Ordinal));
        var column = lines[line].IndexOf("\"siret\":", StringComparison.Ordinal) + "\"siret\"".Length;
        lines[line] = lines[line].Remove(column, 1);
        using var file = new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', lines)));

        var report = await JsonSchemaValidator.ValidateAsync(file, await InfosTravaux(), null, "travaux.geojson", Token);

        var error = Assert.Single(report.Errors);
        Assert.Equal(ValidationErrorTypes.SourceError, error.Type);
        Assert.StartsWith($"travaux.geojson : JSON mal formé à la ligne {line + 1}, colonne {column + 2}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Empty_file_is_one_clear_error()
    {
        using var file = new MemoryStream();

        var error = Assert.Single((await JsonSchemaValidator.ValidateAsync(file, await InfosTravaux(), null, "vide.geojson", Token)).Errors);

        Assert.Equal("vide.geojson : le fichier est vide.", error.Message);
    }

    [Fact]
    public async Task Error_list_is_capped_but_counts_are_complete()
    {
        using var file = Mutate(JsonSchemaFixtures.InfosTravauxValid, root =>
        {
            var features = root["features"]!.AsArray();
            var template = features[0]!.ToJsonString();
            for (var i = 0; i < 26; i++)
            {
                features.Add(JsonNode.Parse(template));
            }

            foreach (var feature in features)
            {
                feature!["properties"]!["categorie"] = "INCONNUE";
            }
        });

        var report = await JsonSchemaValidator.ValidateAsync(file, await InfosTravaux(), new ValidationOptions { LimitErrors = 10 }, "gros.geojson", Token);

        Assert.Equal(30, report.RowCount);
        Assert.Equal(10, report.Errors.Count);
        Assert.Equal(30, report.Counts[ValidationErrorTypes.ConstraintError]);
        Assert.Equal(30, report.ErrorCount);
        Assert.Contains("30 erreurs au total", Assert.Single(report.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rules_on_the_features_array_give_no_false_error_and_root_errors_have_no_row()
    {
        // Features are validated one at a time; "minItems" must not fire on the empty array used for the root's own keys.
        var schema = JsonSchemaDocument.Parse("""
            {"$schema": "http://json-schema.org/draft-07/schema#", "type": "object", "required": ["type", "features", "name"],
             "properties": {"type": {"const": "FeatureCollection"}, "features": {"type": "array", "minItems": 1, "items": {"type": "object"}}}}
            """);
        using var file = new MemoryStream(Encoding.UTF8.GetBytes("""{"type": "FeatureCollection", "features": [{}, {}]}"""));

        var error = Assert.Single((await JsonSchemaValidator.ValidateAsync(file, schema, Token)).Errors);

        Assert.Equal((ValidationErrorTypes.MissingCell, null, "name"), (error.Type, error.RowNumber, error.FieldName));
        Assert.Equal("Champ « name » : propriété obligatoire « name » absente.", error.Message);
    }

    [Fact]
    public async Task Json_report_has_the_table_schema_shape()
    {
        using var file = Mutate(JsonSchemaFixtures.InfosTravauxValid, root => root.Properties(2)["niveau"] = "SOUS-SOL");

        var report = await JsonSchemaValidator.ValidateAsync(file, await InfosTravaux(), null, "travaux.geojson", Token);

        var json = JsonNode.Parse(report.ToJson())!;
        Assert.False(json["valid"]!.GetValue<bool>());
        Assert.Equal(1, json["errorCount"]!.GetValue<int>());
        Assert.Equal(1, json["counts"]!["constraint-error"]!.GetValue<int>());
        var error = json["errors"]![0]!;
        Assert.Equal((2, "niveau", "SOUS-SOL"), (error["rowNumber"]!.GetValue<int>(), error["fieldName"]!.GetValue<string>(), error["cell"]!.GetValue<string>()));
    }
}
