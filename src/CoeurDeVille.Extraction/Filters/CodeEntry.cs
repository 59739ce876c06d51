using CoeurDeVille.Core.Territories;

namespace CoeurDeVille.Extraction.Filters;

/// <summary>What a code found in a source stands for: the perimeters that keep it and how it was resolved.</summary>
/// <param name="Perimeters">Indices of the perimeters whose territory contains the code (empty: known code, outside).</param>
public sealed record CodeEntry(int[] Perimeters, CommuneCodeResolution Resolution);
