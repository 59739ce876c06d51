namespace CoeurDeVille.Modules.Trees.Editing;

/// <summary>One field of one version: its French label, the value before and after (« — » when empty).</summary>
public sealed record TreeChange(string Label, string Before, string After);
