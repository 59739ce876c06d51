namespace CoeurDeVille.Core.Territories;

/// <summary>An intercommunality; its perimeter is the union of its member communes.</summary>
/// <param name="Siren">Nine-digit SIREN.</param>
/// <param name="Kind">CA, CC, CU or METRO as published by the DGCL.</param>
public sealed record Epci(string Siren, string Name, string Kind, int Population, IReadOnlyList<string> MemberCodes);
