using CoeurDeVille.Storage.Notifications;

namespace CoeurDeVille.Modules.Biodiversity.Contributions;

/// <summary>
/// Tells the contributor the expert's decision, in the app and by e-mail when they opted in (shared <see cref="Notifier"/>,
/// which never throws for a failed e-mail). GeoNature-citizen's validators asked for exactly this (« avertir l'observateur », PnX-SI/GeoNature-citizen#359).
/// </summary>
public sealed class ContributionNotices(Notifier notifier)
{
    public async Task DecidedAsync(Submission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        if (submission.UserId is null)
        {
            return; // an erased contributor: nobody to tell
        }

        var what = submission.TaxonName ?? "espèce inconnue";
        var outcome = ValidationLevels.EntersAtlas(submission.Level) ? "Elle entre dans l'atlas de la biodiversité." : "Elle n'entre pas dans l'atlas.";
        var comment = submission.ValidationComment is { } c ? $" Commentaire de l'expert : « {c} »." : "";
        await notifier.NotifyAsync(new NotificationMessage(submission.UserId, submission.TerritoryCode,
            $"Observation vérifiée : {ValidationLevels.Label(submission.Level)}",
            $"Votre observation du {submission.Day:dd/MM/yyyy} ({what}) a été vérifiée : {ValidationLevels.Label(submission.Level)}. {outcome}{comment}",
            $"/territoires/{Uri.EscapeDataString(submission.TerritoryCode)}/atlas/mes-observations#observation-{submission.Id}"), cancellationToken);
    }
}
