namespace CoeurDeVille.Web.Hosting;

/// <summary>What describes the published DCAT catalogues (<c>Cdv:Catalogue</c>).</summary>
public sealed class CdvCatalogueOptions
{
    public string PublisherName { get; set; } = "Cœur de Ville Data";
}
