namespace CoeurDeVille.Modules.Trees.Community;

/// <summary>A photo checked and cleaned, ready to store; or the French reason it was refused.</summary>
public sealed record PreparedTreePhoto(string? Problem, string Licence, byte[]? Jpeg);
