using CoeurDeVille.Modules.Trees.Inventory;
using CoeurDeVille.Storage.Trees;

namespace CoeurDeVille.Modules.Trees.Pages.Territoires.Arbres;

/// <summary>
/// The map page's filters (query string, so a filtered view is a link): genus, species, health, age class, street,
/// and a free search over names and address (accents and case ignored).
/// </summary>
public sealed record TreeFilter(string? Genre, string? Espece, string? Sante, string? Age, string? Rue, string? Recherche)
{
    public bool IsEmpty => new[] { Genre, Espece, Sante, Age, Rue, Recherche }.All(string.IsNullOrWhiteSpace);

    public bool Matches(StoredTree tree, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(tree);
        return Same(Genre, tree.Genus)
            && Same(Espece, tree.Species)
            && Same(Sante, tree.Health)
            && (string.IsNullOrWhiteSpace(Age) || AgeClass.Of(tree, today) == Age)
            && Contains(tree.Address, Rue)
            && (string.IsNullOrWhiteSpace(Recherche)
                || Contains(tree.Genus, Recherche) || Contains(tree.Species, Recherche)
                || Contains(tree.VernacularName, Recherche) || Contains(tree.Address, Recherche)
                || Contains(tree.Reference, Recherche));
    }

    private static bool Same(string? wanted, string? value) =>
        string.IsNullOrWhiteSpace(wanted) || string.Equals(wanted.Trim(), value, StringComparison.OrdinalIgnoreCase);

    private static bool Contains(string? value, string? wanted) =>
        string.IsNullOrWhiteSpace(wanted)
        || (value is not null && System.Globalization.CultureInfo.InvariantCulture.CompareInfo.IndexOf(
            value, wanted.Trim(), System.Globalization.CompareOptions.IgnoreCase | System.Globalization.CompareOptions.IgnoreNonSpace) >= 0);
}
