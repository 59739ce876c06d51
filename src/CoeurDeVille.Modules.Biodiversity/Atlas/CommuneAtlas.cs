namespace CoeurDeVille.Modules.Biodiversity.Atlas;

/// <summary>A commune page: its figures, its taxa (heritage and invasive flagged), groups and last observations.</summary>
public sealed record CommuneAtlas(CommuneFigure Figure, IReadOnlyList<TaxonFigure> Taxa, IReadOnlyList<GroupFigure> Groups, IReadOnlyList<PublicObservation> LastObservations)
{
    public IEnumerable<TaxonFigure> Heritage => Taxa.Where(t => t.Heritage);

    public IEnumerable<TaxonFigure> Invasive => Taxa.Where(t => t.Invasive);
}
