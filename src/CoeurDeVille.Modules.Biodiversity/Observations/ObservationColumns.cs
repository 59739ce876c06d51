using CoeurDeVille.Modules.Biodiversity.Tabular;

namespace CoeurDeVille.Modules.Biodiversity.Observations;

/// <summary>
/// Where each field of an observation sits in a header. One alias table serves every format: the names of the SINP
/// standard (cdNom, jourDateDebut), GeoNature (cd_nom, date_min, date_debut), naturaliz and Darwin Core terms.
/// The first alias present wins, so exact columns (x_l93) are preferred to decoded ones (longitude).
/// </summary>
internal sealed class ObservationColumns
{
    /// <summary>
    /// Permanent identifier columns (SINP UUIDs, DwC occurrenceID): the first non-empty one gives the record's id.
    /// Producers' own ids (id_origine, identifiantOrigine) are not used: they repeat across datasets and test files.
    /// </summary>
    public IReadOnlyList<int> SourceIds { get; private init; } = [];
    public int CdNom { get; private init; }
    public int CdRef { get; private init; }
    public int CitedName { get; private init; }
    public int DateStart { get; private init; }
    public int DateEnd { get; private init; }
    public int CountMin { get; private init; }
    public int CountMax { get; private init; }
    public int XL93 { get; private init; }
    public int YL93 { get; private init; }
    public int Longitude { get; private init; }
    public int Latitude { get; private init; }
    public int Wkt { get; private init; }
    public int Insee { get; private init; }
    public int Cell { get; private init; }
    public int Observer { get; private init; }
    public int Deleted { get; private init; }
    public int Status { get; private init; }
    public int BiologicalStatus { get; private init; }
    public int Validation { get; private init; }
    public int AltitudeMin { get; private init; }
    public int AltitudeMax { get; private init; }

    public static ObservationColumns Of(DelimitedTable table) => new()
    {
        SourceIds = [.. new[] { "unique_id_sinp", "uuid_perm_sinp", "identifiantPermanent", "id_sinp_occtax", "occurrenceID" }
            .Select(name => table.IndexOf(name)).Where(index => index >= 0)],
        CdNom = table.IndexOf("cd_nom", "cdNom"),
        CdRef = table.IndexOf("cd_ref_from_bib_noms", "cd_ref", "cdRef"),
        CitedName = table.IndexOf("nom_cite", "nomCite", "scientificName"),
        DateStart = table.IndexOf("date_min", "date_debut", "jourDateDebut", "eventDate", "earliestDateCollected"),
        DateEnd = table.IndexOf("date_max", "date_fin", "jourDateFin"),
        CountMin = table.IndexOf("count_min", "nombre_min", "denombrementMin", "denombrement_min", "individualCount"),
        CountMax = table.IndexOf("count_max", "nombre_max", "denombrementMax", "denombrement_max", "individualCount"),
        XL93 = table.IndexOf("x_l93"),
        YL93 = table.IndexOf("y_l93"),
        Longitude = table.IndexOf("lon_wgs84", "x_centroid_4326", "decimalLongitude", "longitude"),
        Latitude = table.IndexOf("lat_wgs84", "y_centroid_4326", "decimalLatitude", "latitude"),
        Wkt = table.IndexOf("geometrie_wkt_4326", "wkt", "geometrie"),
        Insee = table.IndexOf("id_municipality", "codeCommune", "code_commune", "insee"),
        Cell = table.IndexOf("codeMaille", "code_maille"),
        Observer = table.IndexOf("observers", "observateurs", "observateurIdentite", "recordedBy", "collector"),
        Deleted = table.IndexOf("deleted"),
        Status = table.IndexOf("statut_observation", "statutObservation", "occurrenceStatus"),
        // SINP STATUT_BIO codes (0–13): a condition of the sensitivity rules. GeoNature dumps hold internal ids instead.
        BiologicalStatus = table.IndexOf("statutBiologique", "occStatutBiologique", "statut_biologique", "cd_occ_statut_biologique"),
        // SINP codes or labels. GeoNature's id_nomenclature_valid_status is an internal id of one database: not read.
        Validation = table.IndexOf("nivVal", "niveau_validation", "validation_niv_val", "niv_val", "identificationVerificationStatus"),
        AltitudeMin = table.IndexOf("altitude_min", "alti_min", "altitudeMin", "minimumElevationInMeters"),
        AltitudeMax = table.IndexOf("altitude_max", "alti_max", "altitudeMax", "maximumElevationInMeters"),
    };

    /// <summary>The layout, from the columns that only one family of files has.</summary>
    public static ObservationFormat Detect(DelimitedTable table)
    {
        if (table.IndexOf("id_synthese") >= 0 && table.IndexOf("date_min") >= 0 && table.IndexOf("id_municipality") >= 0)
        {
            return ObservationFormat.GeoNatureSynthese;
        }

        if (table.IndexOf("jourDateDebut", "cdNom") >= 0)
        {
            return ObservationFormat.SinpDee;
        }

        if ((table.IndexOf("geometrie_wkt_4326", "WKT", "date_min") >= 0 && table.IndexOf("longitude") < 0) || table.IndexOf("codemaille") >= 0)
        {
            return ObservationFormat.GeoNatureImport;
        }

        return ObservationFormat.Naturaliz;
    }
}
