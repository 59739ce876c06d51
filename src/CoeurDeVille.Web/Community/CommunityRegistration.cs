using CoeurDeVille.Core.Mail;
using CoeurDeVille.Storage.Accounts;
using CoeurDeVille.Storage.Notifications;
using CoeurDeVille.Storage.Photos;

namespace CoeurDeVille.Web.Community;

/// <summary>
/// What the citizen features of every module share: photos (sanitised, served once published), notifications in the
/// app and by e-mail (<c>Cdv:Courriel:*</c>), and a person's data (export, deletion).
/// <c>builder.AddCommunity()</c>, then <c>app.MapCommunity()</c>.
/// </summary>
public static class CommunityRegistration
{
    public static WebApplicationBuilder AddCommunity(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddSingleton<PhotoStore>();
        services.AddSingleton<IPersonalDataHandler, PhotoPersonalData>();
        services.AddSingleton<NotificationStore>();
        services.AddSingleton(new NotifierOptions(Uri.TryCreate(builder.Configuration["Cdv:BaseUri"], UriKind.Absolute, out var baseUri) ? baseUri : null));
        if (MailSettingsOf(builder.Configuration) is { } mail)
        {
            services.AddSingleton(new SmtpMailSender(mail));
        }

        services.AddSingleton<Notifier>();
        services.AddSingleton<AccountData>();
        return builder;
    }

    public static WebApplication MapCommunity(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapPhotoEndpoints();
        return app;
    }

    /// <summary>The SMTP settings, or null when <c>Cdv:Courriel:Serveur</c> is not set (no e-mail is sent then).</summary>
    private static SmtpSettings? MailSettingsOf(IConfiguration configuration)
    {
        var section = configuration.GetSection("Cdv:Courriel");
        var host = section["Serveur"];
        if (string.IsNullOrWhiteSpace(host))
        {
            return null;
        }

        var sender = section["Expediteur"];
        if (string.IsNullOrWhiteSpace(sender))
        {
            throw new InvalidOperationException("Cdv:Courriel:Expediteur manque : l'adresse d'expédition des courriels est obligatoire avec Cdv:Courriel:Serveur.");
        }

        return new SmtpSettings(
            host.Trim(), section.GetValue("Port", 25), sender.Trim(), section["Utilisateur"], section["MotDePasse"], section["Securite"] ?? "auto");
    }
}
