using System.Globalization;

namespace CoeurDeVille.Modules.Biodiversity.Contributions;

/// <summary>
/// Checks a posted submission and says, field by field and in French, what is wrong and what is expected. Nothing is
/// stored unless every field passes: the taxon exists in TAXREF (or « espèce inconnue » with a description), the
/// position lies in the territory, the date is a real day not after today (Paris time), the count is a whole number.
/// </summary>
public sealed class SubmissionRules(TaxonNames names, ContributionArea area, TimeProvider time)
{
    public const int MaxCount = 100_000;
    public const int MaxText = 2_000;
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    /// <summary>The checked submission, or the errors by field name (<c>nom</c>, <c>position</c>, <c>date</c>, <c>nombre</c>…).</summary>
    public async Task<(NewSubmission? Submission, IReadOnlyDictionary<string, string> Errors, IReadOnlyList<TaxonSuggestion> Candidates)> CheckAsync(
        string territoryCode, string userId, string authorName, SubmissionForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        IReadOnlyList<TaxonSuggestion> candidates = [];
        TaxonSuggestion? taxon = null;
        var description = Clean(form.Description);
        if (form.Inconnue)
        {
            if (description is null)
            {
                errors["description"] = "Espèce inconnue : décrivez ce que vous avez vu (taille, couleurs, milieu) pour aider l'expert à l'identifier.";
            }
        }
        else if (!string.IsNullOrWhiteSpace(form.CdNom))
        {
            if (!int.TryParse(form.CdNom, NumberStyles.None, CultureInfo.InvariantCulture, out var cdNom) || await names.FindAsync(cdNom, cancellationToken) is not { } found)
            {
                errors["nom"] = $"Taxon « {form.CdNom} » inconnu : attendu un code CD_NOM de TAXREF. Choisissez un nom dans la liste, ou cochez « espèce inconnue ».";
            }
            else
            {
                taxon = found;
            }
        }
        else if (!string.IsNullOrWhiteSpace(form.Nom))
        {
            // Without JavaScript the name arrives as typed: one exact name (or a single match) is enough, else the candidates are offered.
            candidates = await names.SearchAsync(territoryCode, form.Nom, 10, cancellationToken);
            var key = Atlas.TextKey.Of(form.Nom.Trim());
            taxon = candidates.Where(c => (c.LatinName is { } l && Atlas.TextKey.Of(l) == key) || (c.FrenchName is { } f && Atlas.TextKey.Of(f) == key) || Atlas.TextKey.Of(c.Label) == key)
                    .MinBy(c => c.CdNom == c.CdRef ? 0 : 1)
                ?? (candidates.Count == 1 ? candidates[0] : null);
            if (taxon is null)
            {
                errors["nom"] = candidates.Count == 0
                    ? $"Aucun taxon ne correspond à « {form.Nom.Trim()} » dans TAXREF. Vérifiez l'orthographe, ou cochez « espèce inconnue »."
                    : $"Plusieurs taxons correspondent à « {form.Nom.Trim()} » : choisissez-en un dans la liste proposée.";
            }
        }
        else
        {
            errors["nom"] = "Espèce manquante : indiquez un nom (français ou latin), ou cochez « espèce inconnue ».";
        }

        double latitude = 0, longitude = 0;
        string? insee = null;
        if (!TryCoordinate(form.Latitude, -90, 90, out latitude) || !TryCoordinate(form.Longitude, -180, 180, out longitude))
        {
            errors["position"] = "Position manquante ou illisible : touchez la carte, utilisez « Ma position », ou saisissez la latitude et la longitude en degrés décimaux (par exemple 44.5594 et 6.0786).";
        }
        else
        {
            var (inside, commune) = await area.LocateAsync(territoryCode, longitude, latitude, cancellationToken);
            if (!inside)
            {
                errors["position"] = $"La position {latitude.ToString("0.#####", CultureInfo.InvariantCulture)}, {longitude.ToString("0.#####", CultureInfo.InvariantCulture)} est hors du territoire : l'atlas ne reçoit que les observations faites sur ses communes.";
            }

            insee = commune;
        }

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Paris).DateTime);
        if (!DateOnly.TryParseExact(form.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            errors["date"] = $"Date « {form.Date} » illisible : attendue au format AAAA-MM-JJ (par exemple {today:yyyy-MM-dd}).";
        }
        else if (day > today)
        {
            errors["date"] = $"Date {day:dd/MM/yyyy} dans le futur : une observation a déjà eu lieu (au plus tard aujourd'hui, {today:dd/MM/yyyy}).";
        }

        var count = 1;
        if (!string.IsNullOrWhiteSpace(form.Nombre)
            && (!int.TryParse(form.Nombre, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count < 1 || count > MaxCount))
        {
            errors["nombre"] = $"Nombre « {form.Nombre} » invalide : attendu un nombre entier d'individus entre 1 et {MaxCount}.";
        }

        var comment = Clean(form.Commentaire);
        if (comment?.Length > MaxText || description?.Length > MaxText)
        {
            errors[comment?.Length > MaxText ? "commentaire" : "description"] = $"Texte trop long : {MaxText} caractères au plus.";
        }

        if (errors.Count > 0)
        {
            return (null, errors, candidates);
        }

        return (new NewSubmission(territoryCode, userId, authorName, form.Inconnue ? null : taxon!.CdNom, form.Inconnue ? null : taxon!.CdRef,
            form.Inconnue ? null : taxon!.Label,
            form.Inconnue ? description : null, longitude, latitude, insee, day, count, comment), errors, candidates);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static bool TryCoordinate(string? text, double min, double max, out double value) =>
        double.TryParse(text?.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && value >= min && value <= max && double.IsFinite(value);
}
