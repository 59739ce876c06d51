namespace CoeurDeVille.Core.Photos;

/// <summary>A licence an author may choose for a photo: SPDX code, French label, legal text.</summary>
public sealed record PhotoLicence(string Code, string Label, Uri Url);
