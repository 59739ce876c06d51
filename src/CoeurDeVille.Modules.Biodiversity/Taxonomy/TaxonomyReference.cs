namespace CoeurDeVille.Modules.Biodiversity.Taxonomy;

/// <summary>
/// The names known to the platform, by CD_NOM, resolving any name (synonyms included) to its reference taxon
/// (CD_REF) so that a species observed under two names is counted once.
/// </summary>
public sealed class TaxonomyReference
{
    private readonly Dictionary<int, Taxon> _names = [];

    /// <summary>Number of names (CD_NOM).</summary>
    public int Count => _names.Count;

    /// <summary>Number of distinct reference taxa (CD_REF).</summary>
    public int ReferenceCount => _names.Values.Select(t => t.CdRef).Distinct().Count();

    public IEnumerable<Taxon> Names => _names.Values;

    /// <summary>Adds a name; a name already known keeps its values and gains those it lacked.</summary>
    public void Add(Taxon taxon)
    {
        ArgumentNullException.ThrowIfNull(taxon);
        _names[taxon.CdNom] = _names.TryGetValue(taxon.CdNom, out var known) ? known.CompletedBy(taxon) : taxon;
    }

    public void AddRange(IEnumerable<Taxon> taxa)
    {
        ArgumentNullException.ThrowIfNull(taxa);
        foreach (var taxon in taxa)
        {
            Add(taxon);
        }
    }

    public bool Contains(int cdNom) => _names.ContainsKey(cdNom);

    public Taxon? Find(int cdNom) => _names.GetValueOrDefault(cdNom);

    /// <summary>The CD_REF of <paramref name="cdNom"/>, or null when the name is unknown.</summary>
    public int? ReferenceOf(int cdNom) => _names.TryGetValue(cdNom, out var taxon) ? taxon.CdRef : null;

    /// <summary>
    /// The reference taxon of <paramref name="cdNom"/>: its CD_REF's entry when known (with the valid Latin name),
    /// else the name's own entry; null when the name is unknown.
    /// </summary>
    public Taxon? ReferenceTaxonOf(int cdNom)
    {
        if (!_names.TryGetValue(cdNom, out var taxon))
        {
            return null;
        }

        return _names.TryGetValue(taxon.CdRef, out var reference) ? reference.CompletedBy(taxon with { CdNom = reference.CdNom }) : taxon;
    }
}
