namespace CoeurDeVille.Modules.Trees.Community;

/// <summary>Bounds on what residents type, checked before anything is stored.</summary>
public static class CommunityLimits
{
    public const int CommentMaxLength = 2000;

    public const int AnswerMaxLength = 2000;

    public const int ReasonMaxLength = 1000;

    public const int SpeciesMaxLength = 120;

    public const int NoteMaxLength = 500;

    public const int MaxLitres = 1000;

    /// <summary>Largest photo accepted before decoding (the photo is then reduced to 2048 px).</summary>
    public const long PhotoMaxBytes = 10 * 1024 * 1024;

    /// <summary>Name of the host's rate-limiting policy for public writes (the module cannot see the host's constants).</summary>
    public const string PublicWritesPolicy = "ecritures-publiques";
}
