using CoeurDeVille.Modules.Biodiversity.Indicators;
using CoeurDeVille.Modules.Biodiversity.Taxonomy;
using CoeurDeVille.TestSupport;
using Xunit;

namespace CoeurDeVille.Modules.Biodiversity.Tests.Indicators;

/// <summary>Heritage and invasive taxa from a BDC statuts file in the national layout, read by <see cref="BdcStatusReader"/>.</summary>
public sealed class HeritageAndInvasiveTests
{
    // National BDC_STATUTS layout. 10 and its synonym 11: protected; 20: red list LC (not threatened); 30: red list VU;
    // 40: Habitats directive annex IV; 50: TAXREF biogeographic J; 60: EU invasive alien species regulation;
    // 70: protected in Guyane only; 80: biogeographic M (introduced, not established: not invasive).
    private const string Bdc = """
        CD_NOM;CD_REF;CD_SUP;CD_TYPE_STATUT;LB_TYPE_STATUT;REGROUPEMENT_TYPE;CODE_STATUT;LABEL_STATUT;RQ_STATUT;CD_SIG;CD_DOC;LB_NOM;LB_AUTEUR;NOM_COMPLET_HTML;NOM_VALIDE_HTML;REGNE;PHYLUM;CLASSE;ORDRE;FAMILLE;GROUP1_INPN;GROUP2_INPN;LB_ADM_TR;NIVEAU_ADMIN;CD_ISO3166_1;CD_ISO3166_2;FULL_CITATION;DOC_URL;THEMATIQUE;TYPE_VALUE
        11;10;;PN;Protection nationale;Protection;NM2;Article 2;;TERFXFR;;;;;;;;;;;;;France métropolitaine;Territoire;;;;;;
        20;20;;LRN;Liste rouge nationale;Liste rouge;LC;Préoccupation mineure;;TERFXFR;;;;;;;;;;;;;France métropolitaine;Territoire;;;;;;
        30;30;;LRR;Liste rouge régionale;Liste rouge;VU;Vulnérable;;INSEER28;;;;;;;;;;;;;Normandie;Région;;;;;;
        40;40;;DH;Directive Habitat;Directives européennes;CDH4;Annexe IV;;TERFXFR;;;;;;;;;;;;;France métropolitaine;Territoire;;;;;;
        50;50;;STATUT_BIOGEO;Statut biogéographique territorial (TAXREF);Statut biogéographique;J;Introduit envahissant;;TERFXFR;;;;;;;;;;;;;France métropolitaine;Territoire;;;;;;
        60;60;;REGL;Réglementation;Réglementation;IAS;Espèces exotiques envahissantes préoccupantes pour l'Union;;TERFXFR;;;;;;;;;;;;;France métropolitaine;Territoire;;;;;;
        70;70;;PD;Protection départementale;Protection;GUYM2;Article 2;;INSEED973;;;;;;;;;;;;;Guyane;Département;;;;;;
        80;80;;STATUT_BIOGEO;Statut biogéographique territorial (TAXREF);Statut biogéographique;M;Introduit non établi;;TERFXFR;;;;;;;;;;;;;France métropolitaine;Territoire;;;;;;
        """;

    [Fact]
    public void Statuses_flag_heritage_and_invasive_taxa_by_the_stated_rules()
    {
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, "BDC_STATUTS_TEST.csv");
        File.WriteAllText(path, Bdc);
        var taxonomy = new TaxonomyReference();
        taxonomy.AddRange([new Taxon(10, 10) { LatinName = "Valide" }, new Taxon(11, 10) { LatinName = "Synonyme" }]);
        var index = new TaxonStatusIndex(BdcStatusReader.Read(path), taxonomy, ["TERFXFR", "INSEER28", "INSEED76"]);

        Assert.True(index.IsHeritage(10));
        Assert.False(index.IsHeritage(20));
        Assert.True(index.IsHeritage(30));
        Assert.True(index.IsHeritage(40));
        Assert.False(index.IsHeritage(70));
        Assert.True(index.IsInvasive(50));
        Assert.True(index.IsInvasive(60));
        Assert.False(index.IsInvasive(80));
        Assert.Equal(3, index.HeritageCount);
        Assert.Equal(2, index.InvasiveCount);
        Assert.Contains("Protection nationale : NM2 (France métropolitaine)", index.HeritageReasons(10));
    }

    [Fact]
    public void Indicators_count_the_flagged_taxa_observed_in_the_selection()
    {
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, "BDC_STATUTS_TEST.csv");
        File.WriteAllText(path, Bdc);
        var index = new TaxonStatusIndex(BdcStatusReader.Read(path));
        var survey = new SeededSurvey(3).Visits(new DateOnly(2020, 1, 1), 90, (10, 0.5), (20, 0.5), (30, 0.5), (50, 0.5), (80, 0.5)).Observations;

        var indicators = new IndicatorCalculator(new IndicatorOptions { Statuses = index }).Compute(survey, TestContext.Current.CancellationToken);

        Assert.Equal(6, indicators.Figures.Richness);
        Assert.Equal(new[] { 10, 30 }, indicators.Heritage.Select(t => t.CdRef).Order());
        Assert.Equal([50], indicators.Invasive.Select(t => t.CdRef));
        Assert.Equal(2, indicators.Figures.HeritageTaxa);
        Assert.Equal(survey.Count(o => o.CdRef == 50), indicators.Invasive[0].Observations);
    }

    [Fact]
    public void The_real_taxref_api_status_rows_are_read_without_error_and_skipped_as_unattributed()
    {
        var statuses = BdcStatusReader.Read(BiodiversityData.BdcStatuts);

        var index = new TaxonStatusIndex(statuses);

        Assert.NotEmpty(statuses);
        Assert.Equal(0, index.HeritageCount + index.InvasiveCount);
        Assert.Contains(statuses, s => TaxonStatusIndex.IsHeritage(s));
    }
}
