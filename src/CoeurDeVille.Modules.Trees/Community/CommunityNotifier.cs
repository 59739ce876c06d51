using Microsoft.Extensions.Logging;

namespace CoeurDeVille.Modules.Trees.Community;

/// <summary>
/// Tells a contributor that something happened to what they sent (report moved, proposal decided, photo moderated):
/// in the app and by e-mail through the host's notifier. A failed notification never undoes the change.
/// </summary>
public sealed partial class CommunityNotifier(ILogger<CommunityNotifier> logger)
{
    public Task NotifyAsync(string? userId, string territoryCode, string title, string body, string link, CancellationToken cancellationToken)
    {
        if (userId is null)
        {
            return Task.CompletedTask; // the account was erased: nobody to tell
        }

        // FOUNDATION: replaced by the shared Notifier (in-app notification + e-mail) once it lands on main.
        Log(logger, userId, territoryCode, title);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Notification pour {UserId} ({Territory}) : {Title}")]
    private static partial void Log(ILogger logger, string userId, string territory, string title);
}
