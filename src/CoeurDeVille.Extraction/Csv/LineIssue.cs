namespace CoeurDeVille.Extraction.Csv;

/// <summary>A record that was rejected or carried an unknown code, shown in the run's report.</summary>
public sealed record LineIssue(long Line, LineVerdict Verdict, string Detail);
