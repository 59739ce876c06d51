using CoeurDeVille.Modules.Biodiversity.Tabular;
using CoeurDeVille.Modules.Biodiversity.Taxonomy;
using CoeurDeVille.TestSupport;
using Xunit;

namespace CoeurDeVille.Modules.Biodiversity.Tests.Taxonomy;

public sealed class TaxrefReaderTests
{
    [Fact]
    public void Full_taxref_columns_give_names_classification_and_groups()
    {
        var taxonomy = TaxrefReader.Load(BiodiversityData.TaxrefExtract);
        var lines = File.ReadAllLines(BiodiversityData.TaxrefExtract).Skip(1).Where(l => l.Length > 0).ToList();

        Assert.Equal(lines.Select(l => l.Split('\t')[0]).Distinct().Count(), taxonomy.Count);
        var subspecies = taxonomy.Find(3766)!;
        Assert.Equal(3764, subspecies.CdRef);
        Assert.False(subspecies.IsReference);
        Assert.Equal("Parus major major", subspecies.LatinName);
        Assert.Equal("Mésange charbonnière", subspecies.FrenchName);
        Assert.Equal("Oiseaux", subspecies.Group2);
        Assert.Equal("Paridae", subspecies.Family);
        Assert.Equal(3764, taxonomy.ReferenceOf(3767));
    }

    [Fact]
    public void Bib_noms_resolves_every_synonym_to_its_reference_taxon()
    {
        var taxonomy = TaxrefReader.Load(BiodiversityData.BibNoms);
        // Independent reading: plain split of the tab-separated file.
        var rows = File.ReadAllLines(BiodiversityData.BibNoms).Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')).ToList();

        Assert.Equal(rows.Count, taxonomy.Count);
        Assert.Equal(rows.Count(r => r[0] != r[1]), taxonomy.Names.Count(t => !t.IsReference));
        Assert.Equal(rows.Select(r => r[1]).Distinct().Count(), taxonomy.ReferenceCount);
        foreach (var row in rows.Where(r => r[0] != r[1]).Take(50))
        {
            Assert.Equal(int.Parse(row[1], System.Globalization.CultureInfo.InvariantCulture), taxonomy.ReferenceOf(int.Parse(row[0], System.Globalization.CultureInfo.InvariantCulture)));
        }

        Assert.Contains("Oiseaux", taxonomy.Names.SelectMany(t => t.Lists));
    }

    [Fact]
    public void Later_files_complete_earlier_ones()
    {
        var taxonomy = TaxrefReader.Load(BiodiversityData.BibNoms, BiodiversityData.TaxrefExtract);
        var both = taxonomy.Names.First(t => t.Lists.Count > 0 && t.Group2 is not null);
        Assert.NotNull(both.LatinName);
    }

    [Fact]
    public void A_bad_code_refuses_the_whole_file_naming_line_and_field()
    {
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, "noms.tsv");
        File.WriteAllLines(path, ["cd_nom\tcd_ref\tnom_francais\tlistes", "1\t1\tA\t", "2\tdeux\tB\t", "3\t3\tC\t"]);

        var error = Assert.Throws<BiodiversityFileException>(() => TaxrefReader.Read(path));

        Assert.Contains("noms.tsv, ligne 3, champ « cd_ref » : « deux » n'est pas un code TAXREF", error.Message, StringComparison.Ordinal);
        Assert.Contains("Rien n'a été importé", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_without_taxref_columns_is_refused()
    {
        var error = Assert.Throws<BiodiversityFileException>(() => TaxrefReader.Read(BiodiversityData.BdcStatuts));
        Assert.Contains("CD_NOM", error.Message, StringComparison.Ordinal);
    }
}
