using CoeurDeVille.Core.Catalogue;
using Xunit;

namespace CoeurDeVille.Core.Tests.Catalogue;

public sealed class InventorySummaryTests
{
    [Fact]
    public void Seeded_inventory_gives_the_dashboard_figures()
    {
        var datasets = SeededInventory.Datasets().Append(new Dataset { Id = "sans-statut", Title = "Jeu sans statut" }).ToList();

        var summary = new Inventory("30007", datasets).Summary();

        Assert.Equal(7, summary.Total);
        Assert.Equal(4, summary.Blocked);
        Assert.Equal(
            [
                ("Déjà ouvert", 1), ("Candidat à l'ouverture", 1), ("Non accessible sans motif valable", 1),
                ("Non accessible (propriété, sécurité ou données personnelles)", 2), ("Autre (payant, accès limité)", 1), ("Non renseigné", 1),
            ],
            summary.ByOpennessStatus.Select(c => (c.Label, c.Count)));
        Assert.Equal(2.0 / 7, summary.ByOpennessStatus[3].Share, 1e-12);
        Assert.Equal(
            [("Public local", 2), ("Public national", 1), ("Parapublic", 1), ("Entreprise", 1), ("Citoyens et associations", 1), ("Non renseigné", 1)],
            summary.ByProducerType.Select(c => (c.Label, c.Count)));
        Assert.Equal(
            [("Patrimoine arboré", 2), ("Administration", 1), ("Biodiversité", 1), ("Climat", 1), ("Mobilité", 1), ("Non renseigné", 1)],
            summary.ByTheme.Select(c => (c.Label, c.Count)));
        Assert.Equal(
            [("Données personnelles", 2), ("Données payantes du délégataire", 1), ("Motif non précisé", 1)],
            summary.BlockersByReason.Select(c => (c.Label, c.Count)));
        Assert.Equal(0.5, summary.BlockersByReason[0].Share, 1e-12);
        Assert.Equal(1.0, summary.ByOpennessStatus.Sum(c => c.Share), 1e-12);
    }

    [Fact]
    public void Empty_inventory_has_zero_shares_and_every_status_listed()
    {
        var summary = new Inventory("30007", []).Summary();

        Assert.Equal(0, summary.Total);
        Assert.Equal(Enum.GetValues<OpennessStatus>().Length, summary.ByOpennessStatus.Count);
        Assert.All(summary.ByOpennessStatus, c => Assert.Equal(0, c.Share));
        Assert.Empty(summary.ByTheme);
        Assert.Empty(summary.BlockersByReason);
    }
}
