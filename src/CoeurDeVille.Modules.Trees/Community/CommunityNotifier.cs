using CoeurDeVille.Storage.Notifications;
using Microsoft.Extensions.Logging;

namespace CoeurDeVille.Modules.Trees.Community;

/// <summary>
/// Tells a contributor that something happened to what they sent (report moved, proposal decided, photo moderated):
/// in the app and, when they accepted it, by e-mail, through the shared <see cref="Notifier"/>. The change is already
/// saved: a failed notification is logged, never thrown at the moderator.
/// </summary>
public sealed partial class CommunityNotifier(Notifier notifier, ILogger<CommunityNotifier> logger)
{
    public async Task NotifyAsync(string? userId, string territoryCode, string title, string body, string link, CancellationToken cancellationToken)
    {
        if (userId is null)
        {
            return; // the account was erased: nobody to tell
        }

        try
        {
            await notifier.NotifyAsync(new NotificationMessage(userId, territoryCode, title, body, link), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Failed(logger, userId, territoryCode, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification impossible pour {UserId} ({Territory})")]
    private static partial void Failed(ILogger logger, string userId, string territory, Exception exception);
}
