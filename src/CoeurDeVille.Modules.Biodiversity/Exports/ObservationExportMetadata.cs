namespace CoeurDeVille.Modules.Biodiversity.Exports;

/// <summary>
/// Dataset metadata written as <c>eml.xml</c> in a Darwin Core archive (GBIF EML profile). Coverage (bounding box,
/// dates, taxa) is measured on the records actually written, so it never describes more than the archive holds.
/// </summary>
public sealed record ObservationExportMetadata
{
    public string Title { get; init; } = "Observations naturalistes";

    public string Abstract { get; init; } = "Observations d'espèces exportées de la plateforme Cœur de Ville Data, après floutage des données sensibles.";

    /// <summary>Organisation that produced the data (creator, metadata provider and contact).</summary>
    public string Creator { get; init; } = "Cœur de Ville Data";

    public string? ContactEmail { get; init; }

    public string LicenceName { get; init; } = "Licence Ouverte / Open Licence version 2.0";

    public string LicenceUrl { get; init; } = "https://www.etalab.gouv.fr/licence-ouverte-open-licence/";

    /// <summary>Place named in the geographic coverage (the territory).</summary>
    public string? Place { get; init; }

    /// <summary>Publication day (from the caller's clock); omitted when unknown.</summary>
    public DateOnly? Published { get; init; }
}
