namespace CoeurDeVille.Core.Territories;

/// <summary>The kinds of perimeter a user can ask for.</summary>
public enum PerimeterSpecKind
{
    Commune,
    Epci,
    Departement,
    Region,

    /// <summary>A polygon drawn by the town (ORT perimeter, district), read from a file.</summary>
    File,
}
