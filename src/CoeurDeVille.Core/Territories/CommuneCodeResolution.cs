namespace CoeurDeVille.Core.Territories;

/// <summary>How a code read from a source maps to a current commune.</summary>
public enum CommuneCodeResolution
{
    /// <summary>The code is a current commune.</summary>
    Current,

    /// <summary>The code is a former commune (merged, delegated or associated) and was mapped to today's commune.</summary>
    Former,

    /// <summary>The code is a municipal arrondissement (Paris, Lyon, Marseille) and was mapped to its commune.</summary>
    Arrondissement,

    /// <summary>The code is not known to the COG.</summary>
    Unknown,
}
