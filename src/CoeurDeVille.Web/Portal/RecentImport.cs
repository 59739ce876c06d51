namespace CoeurDeVille.Web.Portal;

/// <summary>A line of « ce qui a changé » : an import run with its territory's name.</summary>
public sealed record RecentImport(string TerritoryCode, string TerritoryName, string Kind, string? Source, DateTimeOffset FinishedAt, int Rows, bool Succeeded);
