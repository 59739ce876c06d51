using CoeurDeVille.Core.Tabular;
using CoeurDeVille.Core.Validation;
using CoeurDeVille.TestSupport;
using Xunit;

namespace CoeurDeVille.Core.Tests.Validation;

/// <summary>Each frictionless-py fixture gives exactly the errors its README lists ([rowNumber, fieldNumber, errorType]).</summary>
public sealed class FrictionlessFixtureTests
{
    private static string Fixture(string name) => SharedData.PathOf("standards", "tableschema-fixtures", "frictionless-py", name);

    internal static ValidationReport Validate(string path, TableSchema? schema = null, ValidationOptions? options = null) =>
        TableValidator.Validate(path, schema, options, TestContext.Current.CancellationToken);

    internal static string[] Codes(ValidationReport report) =>
        [.. report.Errors.Select(e => $"[{e.RowNumber?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"},{e.FieldNumber?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"},{e.Type}]")];

    [Theory]
    [InlineData("invalid.csv", "[-,3,blank-label] [-,4,duplicate-label] [2,3,missing-cell] [2,4,missing-cell] [3,3,missing-cell] [3,4,missing-cell] [4,-,blank-row] [5,5,extra-cell]")]
    [InlineData("blank-headers.csv", "[-,2,blank-label]")]
    [InlineData("duplicate-headers.csv", "[-,3,duplicate-label] [-,5,duplicate-label]")]
    [InlineData("defective-rows.csv", "[2,3,missing-cell] [3,4,extra-cell]")]
    [InlineData("blank-rows.csv", "[4,-,blank-row]")]
    [InlineData("blank-rows-multiple.csv", "[4,-,blank-row] [5,-,blank-row] [6,-,blank-row] [7,-,blank-row] [8,-,blank-row] [9,-,blank-row] [10,-,blank-row] [11,-,blank-row] [12,-,blank-row] [13,-,blank-row] [14,-,blank-row]")]
    [InlineData("blank-cells.csv", "")]
    [InlineData("without-rows.csv", "")]
    [InlineData("bom.csv", "")]
    [InlineData("issue-1009-semicolon.csv", "")]
    [InlineData("issue-1009-comma.csv", "")]
    [InlineData("leading-zeros.csv", "")]
    [InlineData("table.csv", "")]
    [InlineData("capital-invalid.csv", "[-,3,duplicate-label] [10,3,missing-cell] [11,-,blank-row] [12,4,extra-cell]")]
    public void Without_schema(string file, string expected)
    {
        var report = Validate(Fixture(file));

        Assert.Equal(expected, string.Join(' ', Codes(report)));
        Assert.Equal(expected.Length == 0, report.Valid);
    }

    [Fact]
    public void Blank_rows_multiple_reports_one_blank_row_per_empty_line()
    {
        var lines = File.ReadAllLines(Fixture("blank-rows-multiple.csv"));
        var report = Validate(Fixture("blank-rows-multiple.csv"));

        Assert.Equal(lines.Count(l => l.Trim(',').Length == 0), report.Counts[ValidationErrorTypes.BlankRow]);
        Assert.All(report.Errors, e => Assert.Equal(ValidationErrorTypes.BlankRow, e.Type));
    }

    [Fact]
    public void Bom_is_stripped_from_the_first_label()
    {
        var report = Validate(Fixture("bom.csv"));

        Assert.Equal(["id", "name"], report.Labels);
    }

    [Fact]
    public void Semicolon_and_comma_give_the_same_table_and_leading_zero_stays_a_string()
    {
        var semicolon = Validate(Fixture("issue-1009-semicolon.csv"));
        var comma = Validate(Fixture("issue-1009-comma.csv"));
        var schema = TableSchema.Parse("""{"fields":[{"name":"fieldNameA","type":"string","constraints":{"pattern":"0\\d+"}},{"name":"fieldNameB"}]}""");

        Assert.Equal(["fieldNameA", "fieldNameB"], semicolon.Labels);
        Assert.Equal(comma.Labels, semicolon.Labels);
        Assert.True(Validate(Fixture("issue-1009-semicolon.csv"), schema).Valid);
    }

    [Fact]
    public void Leading_zeros_are_valid_integers()
    {
        var schema = TableSchema.Parse("""{"fields":[{"name":"value","type":"integer","constraints":{"unique":true,"maximum":3}}]}""");

        var report = Validate(Fixture("leading-zeros.csv"), schema);

        Assert.True(report.Valid, report.ToText());
        Assert.Equal(3, report.RowCount);
    }

    [Fact]
    public void Empty_file_is_a_source_error()
    {
        var report = Validate(Fixture("empty.csv"));

        Assert.Equal(["[-,-,source-error]"], Codes(report));
    }

    [Fact]
    public void Structure_errors_stop_at_the_error_limit()
    {
        var report = Validate(Fixture("structure-errors.csv"), options: new ValidationOptions { LimitErrors = 3 });

        Assert.Equal(["[4,-,blank-row]", "[5,4,extra-cell]", "[5,5,extra-cell]"], Codes(report));
        Assert.Contains(report.Warnings, w => w.Contains("Limite de 3 erreurs", StringComparison.Ordinal));
    }

    [Fact]
    public void Structure_errors_without_limit_list_every_extra_cell()
    {
        var report = Validate(Fixture("structure-errors.csv"));

        Assert.Equal(["[4,-,blank-row]", "[5,4,extra-cell]", "[5,5,extra-cell]", "[5,6,extra-cell]"], Codes(report));
        Assert.Empty(report.Warnings);
    }

    [Fact]
    public void Schema_errors_with_limit_3()
    {
        var schema = TableSchema.Load(Fixture("schema-valid.json"));

        var report = Validate(Fixture("schema-errors.csv"), schema, new ValidationOptions { LimitErrors = 3 });

        Assert.Equal(["[4,1,type-error]", "[4,2,constraint-error]", "[4,3,constraint-error]"], Codes(report));
        Assert.Equal("Ligne 4, colonne « id » : « i_should_be_a_number » n'est pas un entier.", report.Errors[0].Message);
        Assert.Equal("i_should_be_a_number", report.Errors[0].Cell);
        Assert.Equal("id", report.Errors[0].FieldName);
    }

    [Fact]
    public void Unique_field_and_primary_key()
    {
        var schema = TableSchema.Load(Fixture("unique-field.json"));

        var report = Validate(Fixture("unique-field.csv"), schema);

        Assert.Equal(["[10,1,unique-error]", "[10,-,primary-key]"], Codes(report));
    }

    private static readonly TableSchema NestedSchema = TableSchema.Parse("""
        {"fields":[{"name":"id","type":"integer"},{"name":"cat","type":"integer"},{"name":"name","type":"string"}],
         "foreignKeys":[{"fields":"cat","reference":{"resource":"","fields":"id"}}]}
        """);

    [Fact]
    public void Nested_self_foreign_key_is_valid()
    {
        Assert.True(Validate(Fixture("nested.csv"), NestedSchema).Valid);
    }

    [Fact]
    public void Nested_invalid_breaks_the_self_foreign_key_on_row_6()
    {
        var report = Validate(Fixture("nested-invalid.csv"), NestedSchema);

        Assert.Equal(["[6,-,foreign-key]"], Codes(report));
        Assert.Equal("5, 6, Rome", string.Join(", ", File.ReadAllLines(Fixture("nested-invalid.csv"))[5].Split(',')));
    }

    [Fact]
    public void Latin1_read_as_utf8_is_an_encoding_error()
    {
        var report = Validate(Fixture("latin1.csv"), options: new ValidationOptions { Encoding = TextEncodings.StrictUtf8 });

        var error = Assert.Single(report.Errors);
        Assert.Equal(ValidationErrorTypes.EncodingError, error.Type);
        Assert.Contains("0xA9", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Latin1_detected_is_valid()
    {
        Assert.True(Validate(Fixture("latin1.csv")).Valid);
    }
}
