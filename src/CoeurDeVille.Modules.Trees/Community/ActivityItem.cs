namespace CoeurDeVille.Modules.Trees.Community;

/// <summary>One line of the public activity feed: pseudonyms only, a site-relative link.</summary>
public sealed record ActivityItem(string Id, DateTimeOffset At, string Kind, string Title, string Link);
