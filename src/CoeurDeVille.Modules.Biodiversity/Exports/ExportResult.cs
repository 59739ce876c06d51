namespace CoeurDeVille.Modules.Biodiversity.Exports;

/// <summary>What an export wrote.</summary>
/// <param name="Path">The finished file.</param>
/// <param name="Written">Records written.</param>
/// <param name="Withheld">Records the blurring withheld (sensitive, not publishable).</param>
/// <param name="Blurred">Records written with a coarsened position.</param>
/// <param name="FilteredOut">Records the filter excluded (deleted and absence records included).</param>
public sealed record ExportResult(string Path, int Written, int Withheld, int Blurred, int FilteredOut);
