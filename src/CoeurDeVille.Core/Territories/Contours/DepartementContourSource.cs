namespace CoeurDeVille.Core.Territories.Contours;

/// <summary>Where a département's contour came from.</summary>
public enum DepartementContourSource
{
    /// <summary>Not asked for yet.</summary>
    NotLoaded,

    /// <summary>The published département contour (the <c>ContoursDepartement</c> template).</summary>
    Published,

    /// <summary>The published contour could not be had: union of the département's commune contours.</summary>
    UnionOfCommunes,
}
