namespace CoeurDeVille.Extraction.Csv;

/// <summary>What a classifier decided for one CSV record.</summary>
public enum LineVerdict
{
    /// <summary>Inside at least one perimeter.</summary>
    Kept,

    /// <summary>Inside at least one perimeter through a former commune code or an arrondissement.</summary>
    KeptRemapped,

    /// <summary>A valid row outside every perimeter.</summary>
    Outside,

    /// <summary>The key is not a code the COG knows (counted and shown, never guessed).</summary>
    UnknownCode,

    /// <summary>The row is malformed (missing field, unreadable coordinates).</summary>
    Rejected,
}
