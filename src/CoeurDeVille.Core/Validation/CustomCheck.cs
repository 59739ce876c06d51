namespace CoeurDeVille.Core.Validation;

/// <summary>A Validata custom check declared under <c>custom_checks</c>; not implemented here, so reported as « non vérifié ».</summary>
public sealed record CustomCheck(string Name, string Parameters);
