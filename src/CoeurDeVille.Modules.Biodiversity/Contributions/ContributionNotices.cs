namespace CoeurDeVille.Modules.Biodiversity.Contributions;

/// <summary>Tells the contributor the expert's decision (in-app notification and e-mail through the shared notifier).</summary>
public sealed class ContributionNotices
{
    public Task DecidedAsync(Submission submission, CancellationToken cancellationToken)
    {
        _ = (submission, cancellationToken); // FOUNDATION: Notifier.NotifyAsync
        return Task.CompletedTask;
    }
}
