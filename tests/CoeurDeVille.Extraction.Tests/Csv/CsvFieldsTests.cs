using System.Text;
using CoeurDeVille.Extraction.Csv;
using Xunit;

namespace CoeurDeVille.Extraction.Tests.Csv;

public sealed class CsvFieldsTests
{
    [Theory]
    [InlineData("a,b,c", new[] { "a", "b", "c" })]
    [InlineData("a,,c", new[] { "a", "", "c" })]
    [InlineData("\"a,1\",\"dit \"\"oui\"\"\",c", new[] { "a,1", "dit \"oui\"", "c" })]
    [InlineData("\"ligne\nsuite\",b,", new[] { "ligne\nsuite", "b", "" })]
    [InlineData("Alès,Nîmes,Fécamp", new[] { "Alès", "Nîmes", "Fécamp" })]
    public void Split_decodes_fields(string record, string[] expected)
    {
        var values = CsvFields.Split(Encoding.UTF8.GetBytes(record), (byte)',', Encoding.UTF8, expected.Length);

        Assert.Equal(expected, values);
    }

    [Fact]
    public void Missing_fields_are_null()
    {
        var values = CsvFields.Split("a,b"u8, (byte)',', Encoding.UTF8, 4);

        Assert.Equal(["a", "b", null, null], values);
    }

    [Theory]
    [InlineData("30007,ALES", 0, false, "30007")]
    [InlineData(" 30007 ,ALES", 0, false, "30007")]
    [InlineData("\"ALES, centre\",\"30007\"", 1, true, "30007")]
    [InlineData("a,b", 2, false, null)]
    public void TryGet_finds_a_trimmed_unquoted_field(string record, int index, bool hasQuotes, string? expected)
    {
        var found = CsvFields.TryGet(Encoding.UTF8.GetBytes(record), (byte)',', index, hasQuotes, out var field);

        Assert.Equal(expected is not null, found);
        if (expected is not null)
        {
            Assert.Equal(expected, Encoding.UTF8.GetString(field));
        }
    }
}
