namespace CoeurDeVille.Core.Catalogue;

/// <summary>The national catalogue schemas an inventory is read from and written to.</summary>
public enum CatalogueSchema
{
    /// <summary>Etalab « Catalogue de données » 0.3.0 (schema-catalogue-donnees).</summary>
    EtalabCatalogueDonnees,

    /// <summary>OpenDataFrance SCDL « Catalogue simplifié » 0.1.3.</summary>
    ScdlCatalogueSimplifie,
}
