namespace CoeurDeVille.Core.Catalogue.Dcat;

/// <summary>What describes the catalogue itself in a DCAT-AP export; the datasets come from the <see cref="Inventory"/>.</summary>
/// <param name="Title">Title of the catalogue (French).</param>
/// <param name="Description">Description of the catalogue (French); DCAT-AP makes it mandatory.</param>
/// <param name="PublisherName">Organisation publishing the catalogue (foaf:name of its dct:publisher).</param>
/// <param name="BaseUri">
/// Absolute http(s) URI of the platform; stable resource URIs are built under it:
/// <c>{base}/territoires/{code}/catalogue</c> and <c>{base}/territoires/{code}/jeux-de-donnees/{id}</c>.
/// </param>
/// <param name="PublisherUri">URI identifying the publisher, when it has one; otherwise the publisher is a blank node.</param>
/// <param name="Homepage">Web page of the catalogue (foaf:homepage).</param>
public sealed record DcatCatalogueMetadata(
    string Title,
    string Description,
    string PublisherName,
    Uri BaseUri,
    Uri? PublisherUri = null,
    Uri? Homepage = null);
