using NetTopologySuite.Geometries;

namespace CoeurDeVille.Core.Territories.Contours;

/// <summary>The current communes of one département with a contour, and how they were built.</summary>
internal sealed record DepartementContours(IReadOnlyDictionary<string, Geometry> Communes, ContourBuildReport Report);
