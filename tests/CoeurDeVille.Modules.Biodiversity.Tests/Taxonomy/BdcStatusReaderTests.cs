using CoeurDeVille.Modules.Biodiversity.Taxonomy;
using Xunit;

namespace CoeurDeVille.Modules.Biodiversity.Tests.Taxonomy;

public sealed class BdcStatusReaderTests
{
    [Fact]
    public void Reads_the_api_status_rows()
    {
        var statuses = BdcStatusReader.Read(BiodiversityData.BdcStatuts);
        var lines = File.ReadAllLines(BiodiversityData.BdcStatuts).Skip(1).Where(l => l.Length > 0).ToList();

        Assert.Equal(lines.Count, statuses.Count);
        var habitats = statuses[0];
        Assert.Equal("Directive Habitat", habitats.TypeName);
        Assert.Equal("CDH2", habitats.Code);
        Assert.Equal("Directives européennes", habitats.TypeGroup);
        Assert.Equal("France métropolitaine", habitats.LocationName);
        Assert.Null(habitats.CdNom);
    }
}
