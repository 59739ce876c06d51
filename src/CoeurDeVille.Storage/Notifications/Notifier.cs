using CoeurDeVille.Core.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CoeurDeVille.Storage.Notifications;

/// <summary>
/// Tells a person that something they follow changed: always in the app, and by e-mail when they opted in and the
/// instance has an SMTP server (<paramref name="mail"/> null otherwise). The e-mail is best effort: a failure is
/// logged and the in-app notification stays, so the agent's action never fails because a mail server is down.
/// </summary>
public sealed class Notifier(
    IDbContextFactory<CdvDbContext> contexts,
    TimeProvider timeProvider,
    ILogger<Notifier> logger,
    NotifierOptions? options = null,
    SmtpMailSender? mail = null)
{
    /// <summary>How long an e-mail may take before it is given up (the caller is waiting in a web request).</summary>
    public static readonly TimeSpan MailTimeout = TimeSpan.FromSeconds(10);

    public async Task<Notification> NotifyAsync(NotificationMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.AsNoTracking().Where(u => u.Id == message.UserId)
            .Select(u => new { u.Email, u.DisplayName, u.EmailNotifications }).FirstOrDefaultAsync(cancellationToken)
            ?? throw new InvalidOperationException($"Compte {message.UserId} introuvable : notification impossible.");
        var notification = new Notification
        {
            UserId = message.UserId,
            TerritoryCode = message.TerritoryCode,
            Title = message.Title,
            Body = message.Body,
            Link = message.Link,
            CreatedAt = timeProvider.GetUtcNow(),
        };
        db.Notifications.Add(notification);
        await db.SaveChangesAsync(cancellationToken);

        if (mail is not null && user.EmailNotifications && !string.IsNullOrEmpty(user.Email))
        {
            await SendMailAsync(mail, user.Email, user.DisplayName, message, cancellationToken);
        }

        return notification;
    }

    private async Task SendMailAsync(SmtpMailSender sender, string email, string? name, NotificationMessage message, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(MailTimeout);
        try
        {
            await sender.SendAsync(email, name, message.Title, MailBody(message), timeout.Token);
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(error, "Courriel de notification non envoyé à l'utilisateur {UserId}", message.UserId);
        }
    }

    private string MailBody(NotificationMessage message)
    {
        var lines = new List<string> { message.Body, string.Empty };
        if (message.Link is not null)
        {
            lines.Add($"Voir : {Absolute(message.Link)}");
            lines.Add(string.Empty);
        }

        lines.Add("—");
        lines.Add("Vous recevez ce message parce que vous avez demandé à être prévenu(e) par courriel.");
        lines.Add($"Pour ne plus en recevoir, ou pour supprimer votre compte : {Absolute("/compte")}");
        return string.Join('\n', lines);
    }

    private string Absolute(string link) =>
        options?.BaseUri is { } baseUri && Uri.TryCreate(baseUri, link, out var absolute) ? absolute.ToString() : link;
}
