namespace CoeurDeVille.Bench.Trees;

/// <summary>Per load, in milliseconds from the navigation's start (page clock): the first picture of the trees and the interactive map.</summary>
internal sealed record MapRenders(IReadOnlyList<double> FirstPicture, IReadOnlyList<double> Interactive);
