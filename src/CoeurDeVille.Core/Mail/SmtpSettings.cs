namespace CoeurDeVille.Core.Mail;

/// <summary>
/// Where e-mails go out (<c>Cdv:Courriel:*</c>): server, port, sender, optional account. <see cref="Security"/> is
/// <c>auto</c> (TLS on port 465, STARTTLS when the server offers it otherwise), <c>starttls</c>, <c>ssl</c> or
/// <c>aucune</c>.
/// </summary>
public sealed record SmtpSettings(string Host, int Port, string Sender, string? UserName = null, string? Password = null, string Security = "auto");
