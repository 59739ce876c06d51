using CoeurDeVille.Core.Catalogue;

namespace CoeurDeVille.Web.Portal;

/// <summary>The model of the SVG bar chart partial (<c>_Barres</c>): an element id, a title and the counts.</summary>
public sealed record BarChart(string Id, string Title, IReadOnlyList<SummaryCount> Counts);
