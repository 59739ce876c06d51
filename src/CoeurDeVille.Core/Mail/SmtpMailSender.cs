using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace CoeurDeVille.Core.Mail;

/// <summary>Sends plain-text e-mails through an SMTP server with MailKit, one connection per message.</summary>
public sealed class SmtpMailSender(SmtpSettings settings)
{
    public SmtpSettings Settings { get; } = settings ?? throw new ArgumentNullException(nameof(settings));

    public async Task SendAsync(string toAddress, string? toName, string subject, string textBody, CancellationToken cancellationToken = default)
    {
        using var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(Settings.Sender));
        message.To.Add(new MailboxAddress(toName ?? string.Empty, toAddress));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = textBody };

        using var client = new SmtpClient();
        await client.ConnectAsync(Settings.Host, Settings.Port, SecurityOf(Settings), cancellationToken);
        if (!string.IsNullOrEmpty(Settings.UserName))
        {
            await client.AuthenticateAsync(Settings.UserName, Settings.Password ?? string.Empty, cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    private static SecureSocketOptions SecurityOf(SmtpSettings settings) => settings.Security.Trim().ToLowerInvariant() switch
    {
        "aucune" or "none" => SecureSocketOptions.None,
        "starttls" => SecureSocketOptions.StartTls,
        "ssl" or "tls" => SecureSocketOptions.SslOnConnect,
        _ => settings.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTlsWhenAvailable,
    };
}
