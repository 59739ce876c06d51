namespace CoeurDeVille.Bench.Trees;

/// <summary>Per load, in milliseconds: the first picture of the trees and the interactive map (page clock), and the bench's stopwatch.</summary>
internal sealed record MapRenders(IReadOnlyList<double> FirstPicture, IReadOnlyList<double> Interactive, IReadOnlyList<double> InteractiveWall);
