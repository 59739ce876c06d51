using CoeurDeVille.Core.Photos;

namespace CoeurDeVille.Modules.Trees.Community;

/// <summary>A photo decoded and stripped of its metadata, ready to store under its licence; or the French reason it was refused.</summary>
public sealed record PreparedTreePhoto(string? Problem, string Licence, SanitizedPhoto? Content);
