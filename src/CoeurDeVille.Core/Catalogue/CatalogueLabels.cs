using System.Globalization;

namespace CoeurDeVille.Core.Catalogue;

/// <summary>French labels of the catalogue's enumerations, as users read and type them.</summary>
public static class CatalogueLabels
{
    private static readonly Dictionary<ProducerType, string> ProducerTypes = new()
    {
        [Catalogue.ProducerType.LocalPublic] = "Public local",
        [Catalogue.ProducerType.NationalPublic] = "Public national",
        [Catalogue.ProducerType.Parapublic] = "Parapublic",
        [Catalogue.ProducerType.Company] = "Entreprise",
        [Catalogue.ProducerType.CitizensAndAssociations] = "Citoyens et associations",
    };

    private static readonly Dictionary<OpennessStatus, string> Statuses = new()
    {
        [Catalogue.OpennessStatus.AlreadyOpen] = "Déjà ouvert",
        [Catalogue.OpennessStatus.CandidateForOpening] = "Candidat à l'ouverture",
        [Catalogue.OpennessStatus.NotAccessibleWithoutValidReason] = "Non accessible sans motif valable",
        [Catalogue.OpennessStatus.NotAccessibleProtected] = "Non accessible (propriété, sécurité ou données personnelles)",
        [Catalogue.OpennessStatus.Other] = "Autre (payant, accès limité)",
    };

    /// <summary>Label used in summaries for an unset value.</summary>
    public const string NotSet = "Non renseigné";

    public static string Label(this ProducerType value) => ProducerTypes[value];

    public static string Label(this OpennessStatus value) => Statuses[value];

    public static IReadOnlyCollection<string> ProducerTypeLabels => ProducerTypes.Values;

    public static IReadOnlyCollection<string> OpennessStatusLabels => Statuses.Values;

    /// <summary>Reads a label, ignoring case, accents and the kind of apostrophe ("deja ouvert").</summary>
    public static bool TryParseProducerType(string label, out ProducerType value) => TryParse(ProducerTypes, label, out value);

    /// <summary>Reads a label, ignoring case, accents and the kind of apostrophe.</summary>
    public static bool TryParseOpennessStatus(string label, out OpennessStatus value) => TryParse(Statuses, label, out value);

    private static bool TryParse<T>(Dictionary<T, string> labels, string label, out T value)
        where T : struct, Enum
    {
        foreach (var (key, text) in labels)
        {
            // Word and Excel turn ' into ’ as one types.
            var typed = label.Trim().Replace('’', '\'');
            if (string.Compare(text, typed, CultureInfo.InvariantCulture, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) == 0)
            {
                value = key;
                return true;
            }
        }

        value = default;
        return false;
    }
}
