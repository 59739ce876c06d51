namespace CoeurDeVille.Modules.Biodiversity.Store;

/// <summary>One observation as stored: placed on communes and cells, its taxon resolved and its sensitivity computed.</summary>
internal readonly record struct StoredObservation(
    string Identity, int? CdNom, int? CdRef, int? DayStart, int? Month, int? CountMin, int? CountMax, string? Observer,
    string? Insee, string? Departement, string? Cell10, string? Cell1, double? X, double? Y, string? BioStatus,
    int Sensitivity, bool Counted, int? Validation = null, int? AltitudeMin = null, int? AltitudeMax = null);
