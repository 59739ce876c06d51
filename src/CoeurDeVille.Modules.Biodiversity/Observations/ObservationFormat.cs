namespace CoeurDeVille.Modules.Biodiversity.Observations;

/// <summary>The observation file layouts the importer recognises (from the header, or the zip's meta.xml).</summary>
public enum ObservationFormat
{
    /// <summary>GeoNature <c>gn_synthese.synthese</c> export (date_min, cd_nom, id_municipality, deleted…).</summary>
    GeoNatureSynthese,

    /// <summary>GeoNature synthesis export or import file (date_debut, geometrie_wkt_4326… or date_min, WKT).</summary>
    GeoNatureImport,

    /// <summary>SINP standard occurrence file, DEE/DSR (cdNom, jourDateDebut, geometrie…).</summary>
    SinpDee,

    /// <summary>SINP occtax as exported by Lizmap naturaliz (cd_nom, date_debut, longitude/latitude in metres…).</summary>
    Naturaliz,

    /// <summary>Darwin Core Archive (zip with meta.xml).</summary>
    DarwinCoreArchive,
}
