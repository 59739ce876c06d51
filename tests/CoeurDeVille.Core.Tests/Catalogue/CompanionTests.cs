using CoeurDeVille.Core.Catalogue;
using CoeurDeVille.TestSupport;
using Xunit;

namespace CoeurDeVille.Core.Tests.Catalogue;

public sealed class CompanionTests
{
    [Theory]
    [InlineData(CatalogueSchema.EtalabCatalogueDonnees)]
    [InlineData(CatalogueSchema.ScdlCatalogueSimplifie)]
    public void Companion_csv_carries_status_and_producer_type_in_french_keyed_by_identifier(CatalogueSchema schema)
    {
        using var folder = new TemporaryFolder();
        var files = InventoryCsvFiles.Beside(folder.File("catalogue.csv"));

        InventoryCsv.Write(SeededInventory.Create(), schema, files);

        var rows = IndependentSchemaCheck.ReadCsv(files.Companion!);
        Assert.Equal(["identifiant", "titre", "type_producteur", "statut_ouverture", "motif_blocage"], rows[0].Take(5));
        var byId = rows.Skip(1).ToDictionary(r => r[0]);
        Assert.Equal("Public local", byId["arbres-alignement"][2]);
        Assert.Equal("Déjà ouvert", byId["arbres-alignement"][3]);
        Assert.Equal("Non accessible (propriété, sécurité ou données personnelles)", byId["etat-civil"][3]);
        Assert.Equal("Données personnelles", byId["etat-civil"][4]);
        Assert.Equal("Citoyens et associations", byId["observations-oiseaux"][2]);

        var resources = IndependentSchemaCheck.ReadCsv(files.Resources!);
        Assert.Equal(["identifiant", "format", "url", "titre_ressource"], resources[0]);
        Assert.Equal(SeededInventory.Datasets().Sum(d => d.Distributions.Count), resources.Count - 1);
    }

    [Fact]
    public void Etalab_companion_holds_what_the_schema_lacks_and_scdl_companion_what_scdl_lacks()
    {
        using var folder = new TemporaryFolder();
        var etalab = InventoryCsvFiles.Beside(folder.File("etalab.csv"));
        var scdl = InventoryCsvFiles.Beside(folder.File("scdl.csv"));
        InventoryCsv.Write(SeededInventory.Create(), CatalogueSchema.EtalabCatalogueDonnees, etalab);
        InventoryCsv.Write(SeededInventory.Create(), CatalogueSchema.ScdlCatalogueSimplifie, scdl);

        var etalabHeader = IndependentSchemaCheck.ReadCsv(etalab.Companion!)[0];
        var scdlHeader = IndependentSchemaCheck.ReadCsv(scdl.Companion!)[0];

        Assert.Contains("theme", etalabHeader);
        Assert.Contains("collectivite_siret", etalabHeader);
        Assert.DoesNotContain("contact", etalabHeader);
        Assert.Contains("contact", scdlHeader);
        Assert.Contains("service", scdlHeader);
        Assert.DoesNotContain("theme", scdlHeader);
        Assert.Contains("schema", etalabHeader);
        Assert.Contains("schema", scdlHeader);
    }

    [Fact]
    public void Companion_labels_are_read_without_case_or_accents_and_join_etalab_rows_by_title()
    {
        using var folder = new TemporaryFolder();
        var catalogue = folder.File("catalogue.csv");
        File.Copy(CatalogueSchemas.EtalabExample, catalogue);
        File.WriteAllText(folder.File("catalogue-complement.csv"),
            "identifiant,titre,type_producteur,statut_ouverture,motif_blocage\n" +
            "ifn-arbres,Arbres vivants inventoriés en forêt.,public national,deja ouvert,\n");
        File.WriteAllText(folder.File("catalogue-ressources.csv"), "identifiant,format,url\nifn-arbres,CSV,https://inventaire-forestier.ign.fr/arbres.csv\n");

        var inventory = InventoryCsv.Read(InventoryCsvFiles.Existing(catalogue), CatalogueSchema.EtalabCatalogueDonnees, "30007");

        var dataset = Assert.Single(inventory.Datasets);
        Assert.Equal("ifn-arbres", dataset.Id);
        Assert.Equal(ProducerType.NationalPublic, dataset.ProducerType);
        Assert.Equal(OpennessStatus.AlreadyOpen, dataset.OpennessStatus);
        Assert.Equal([new Distribution("CSV", "https://inventaire-forestier.ign.fr/arbres.csv")], dataset.Distributions);
    }

    [Fact]
    public void Scdl_companion_needs_only_the_identifier_and_accepts_typographic_apostrophes()
    {
        using var folder = new TemporaryFolder();
        var files = InventoryCsvFiles.Beside(folder.File("catalogue.csv"));
        InventoryCsv.Write(SeededInventory.Create(), CatalogueSchema.ScdlCatalogueSimplifie, new InventoryCsvFiles(files.Catalogue, null, null));
        File.WriteAllText(files.Companion!, "identifiant;statut_ouverture\r\nilots-chaleur;Candidat à l’ouverture\r\n");

        var inventory = InventoryCsv.Read(InventoryCsvFiles.Existing(files.Catalogue), CatalogueSchema.ScdlCatalogueSimplifie, "30007");

        Assert.Equal(OpennessStatus.CandidateForOpening, inventory.Datasets.Single(d => d.Id == "ilots-chaleur").OpennessStatus);
        Assert.Equal(1, inventory.Summary().ByOpennessStatus.Sum(c => c.Label == CatalogueLabels.NotSet ? 0 : c.Count));
    }

    [Fact]
    public void Every_label_parses_back_to_its_value()
    {
        foreach (var status in Enum.GetValues<OpennessStatus>())
        {
            Assert.True(CatalogueLabels.TryParseOpennessStatus(status.Label().ToUpperInvariant(), out var parsed));
            Assert.Equal(status, parsed);
        }

        foreach (var type in Enum.GetValues<ProducerType>())
        {
            Assert.True(CatalogueLabels.TryParseProducerType(type.Label(), out var parsed));
            Assert.Equal(type, parsed);
        }
    }
}
