using CoeurDeVille.Modules.Biodiversity.Observations;

namespace CoeurDeVille.Cli.Biodiversity;

/// <summary>French names of the observation layouts, as the user knows them.</summary>
internal static class FormatNames
{
    public static string Of(ObservationFormat format) => format switch
    {
        ObservationFormat.GeoNatureSynthese => "export de la synthèse GeoNature",
        ObservationFormat.GeoNatureImport => "fichier d'import ou d'export GeoNature",
        ObservationFormat.SinpDee => "standard d'occurrences SINP (DEE)",
        ObservationFormat.Naturaliz => "occurrences SINP (naturaliz)",
        ObservationFormat.DarwinCoreArchive => "archive Darwin Core",
        _ => format.ToString(),
    };
}
