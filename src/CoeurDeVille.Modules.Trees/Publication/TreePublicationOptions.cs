namespace CoeurDeVille.Modules.Trees.Publication;

/// <summary>Where the published files are reachable: the host's public address (<c>Cdv:BaseUri</c>), for absolute DCAT links.</summary>
public sealed record TreePublicationOptions(string? BaseUri);
