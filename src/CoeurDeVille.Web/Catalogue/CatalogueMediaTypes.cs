namespace CoeurDeVille.Web.Catalogue;

/// <summary>Media types of the DCAT catalogue exports.</summary>
public static class CatalogueMediaTypes
{
    public const string JsonLd = "application/ld+json";

    public const string Turtle = "text/turtle";
}
