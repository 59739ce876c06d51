namespace CoeurDeVille.Modules.Biodiversity.Atlas;

/// <summary>
/// One page of a commune's atlas: its figures, groups, heritage and invasive taxa in full, and one page of its taxa
/// (sorted) and of its last observations, so a commune with thousands of taxa stays one quick, readable page.
/// </summary>
public sealed record CommunePage(
    CommuneFigure Figure, IReadOnlyList<GroupFigure> Groups, IReadOnlyList<TaxonFigure> Heritage, IReadOnlyList<TaxonFigure> Invasive,
    IReadOnlyList<TaxonFigure> Taxa, int TaxaPage, int TaxaPageCount, string Sort,
    IReadOnlyList<PublicObservation> LastObservations, int LastPage, bool HasMoreLast);
