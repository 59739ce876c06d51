using System.Net;
using System.Text.Json;
using CoeurDeVille.Core.Photos;
using CoeurDeVille.Storage.Accounts;
using CoeurDeVille.Storage.Audit;
using CoeurDeVille.Storage.Notifications;
using CoeurDeVille.Storage.Photos;
using CoeurDeVille.TestSupport;
using CoeurDeVille.Web.Tests.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CoeurDeVille.Web.Tests.Community;

/// <summary>
/// What the citizen features share, over HTTP against the real host and a real SMTP listener: contributor sign-up,
/// notifications in the app and by e-mail, published photos without location metadata, a person's data exported and
/// deleted. Every test runs on SQLite and on PostgreSQL (derived classes).
/// </summary>
public abstract class CommunityWebTests
{
    private const string Password = AccountSeed.Password;

    protected abstract WebTestDatabase CreateDatabase();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task RunAsync(Func<RunningWebApp, WebTestDatabase, AccountSeed, LocalSmtpServer, Task> test)
    {
        await using var smtp = await LocalSmtpServer.StartAsync(Cancel);
        await using var database = CreateDatabase();
        await database.SeedAsync([TwoTerritories.InventoryA(), TwoTerritories.InventoryB()], Cancel);
        await using var seed = new AccountSeed(database);
        await seed.HostAsync(TwoTerritories.A, TwoTerritories.B);
        await using var app = await RunningWebApp.StartAsync(
            database, Cancel,
            "--Cdv:Courriel:Serveur", "127.0.0.1",
            "--Cdv:Courriel:Port", smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--Cdv:Courriel:Expediteur", "portail@coeurdeville.example",
            "--Cdv:BaseUri", "https://donnees.ales.example/");
        await test(app, database, seed, smtp);
    }

    private static IEnumerable<KeyValuePair<string, string>> SignUpFields(string pseudonym, string email, bool consent = true, bool mail = true)
    {
        yield return new("pseudonyme", pseudonym);
        yield return new("courriel", email);
        yield return new("motDePasse", Password);
        yield return new("retour", "/territoires/30007/arbres");
        if (consent)
        {
            yield return new("consentement", "oui");
        }

        if (mail)
        {
            yield return new("notifications", "oui");
        }
    }

    private static string SignUpPage => $"territoires/{TwoTerritories.A}/inscription";

    [Fact]
    public Task A_resident_signs_up_as_contributor_of_the_territory_with_consent_recorded() => RunAsync(async (app, database, seed, _) =>
    {
        using var browser = new FormSession(app.Address);
        using var page = await browser.Client.GetAsync(SignUpPage, Cancel);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);

        using var created = await browser.PostFormAsync(SignUpPage, SignUpFields("Mésange", "mesange@exemple.fr"), Cancel);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("/territoires/30007/arbres", created.Headers.Location?.OriginalString);

        await using var db = database.Factory.CreateDbContext();
        var user = await db.Users.SingleAsync(u => u.Email == "mesange@exemple.fr", Cancel);
        Assert.Equal("Mésange", user.DisplayName);
        Assert.NotNull(user.ConsentedAt);
        Assert.True(user.EmailNotifications);
        var membership = await db.TerritoryMemberships.SingleAsync(m => m.UserId == user.Id, Cancel);
        Assert.Equal((TwoTerritories.A, TerritoryRole.Contributor), (membership.TerritoryCode, membership.Role));

        // Signed in: the account page shows what is kept.
        var account = await browser.Client.GetStringAsync("compte", Cancel);
        Assert.Contains("Mésange", account, StringComparison.Ordinal);
        Assert.Contains("mesange@exemple.fr", account, StringComparison.Ordinal);
    });

    [Fact]
    public Task Sign_up_without_consent_or_with_an_email_as_pseudonym_creates_nothing() => RunAsync(async (app, database, _, _) =>
    {
        using var browser = new FormSession(app.Address);
        using var noConsent = await browser.PostFormAsync(SignUpPage, SignUpFields("Mésange", "mesange@exemple.fr", consent: false), Cancel);
        var html = WebUtility.HtmlDecode(await noConsent.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(HttpStatusCode.OK, noConsent.StatusCode);
        Assert.Contains("<a href=\"#consentement\">Cochez la case d'accord sur l'usage de vos données pour créer le compte.</a>", html, StringComparison.Ordinal);

        using var emailPseudonym = await browser.PostFormAsync(SignUpPage, SignUpFields("moi@exemple.fr", "mesange@exemple.fr"), Cancel);
        Assert.Contains("n'y mettez pas votre adresse électronique", WebUtility.HtmlDecode(await emailPseudonym.Content.ReadAsStringAsync(Cancel)), StringComparison.Ordinal);

        using var shortPassword = await browser.PostFormAsync(
            SignUpPage, SignUpFields("Mésange", "mesange@exemple.fr").Select(f => f.Key == "motDePasse" ? new KeyValuePair<string, string>(f.Key, "court") : f), Cancel);
        Assert.Contains("Le mot de passe doit compter au moins 12 caractères.", await shortPassword.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);

        using var unhosted = await browser.Client.GetAsync("territoires/75056/inscription", Cancel);
        Assert.Equal(HttpStatusCode.NotFound, unhosted.StatusCode);

        await using var db = database.Factory.CreateDbContext();
        Assert.Equal(0, await db.Users.CountAsync(Cancel));
        Assert.Equal(0, await db.TerritoryMemberships.CountAsync(Cancel));
    });

    [Fact]
    public Task A_signed_in_agent_joining_keeps_their_role() => RunAsync(async (app, database, seed, _) =>
    {
        var agentId = await seed.UserAsync("agent@ales.fr", TerritoryRole.Agent, [TwoTerritories.A]);
        using var browser = new FormSession(app.Address);
        await browser.SignInAsync("agent@ales.fr", Password, Cancel);
        Assert.Contains("Vous êtes déjà membre", await browser.Client.GetStringAsync(SignUpPage, Cancel), StringComparison.Ordinal);

        using var joinB = await browser.PostFormAsync($"territoires/{TwoTerritories.B}/inscription?handler=rejoindre", [], Cancel, tokenPage: $"territoires/{TwoTerritories.B}/inscription");
        Assert.Equal(HttpStatusCode.Redirect, joinB.StatusCode);
        using var joinA = await browser.PostFormAsync($"{SignUpPage}?handler=rejoindre", [], Cancel, tokenPage: "compte");

        await using var db = database.Factory.CreateDbContext();
        var roles = await db.TerritoryMemberships.Where(m => m.UserId == agentId).OrderBy(m => m.TerritoryCode).Select(m => m.Role).ToListAsync(Cancel);
        Assert.Equal([TerritoryRole.Agent, TerritoryRole.Contributor], roles);
    });

    [Fact]
    public Task A_notification_shows_in_the_app_and_reaches_only_those_who_opted_in_by_email() => RunAsync(async (app, database, seed, smtp) =>
    {
        using var optedIn = new FormSession(app.Address);
        await optedIn.PostFormAsync(SignUpPage, SignUpFields("Mésange", "mesange@exemple.fr"), Cancel);
        using var optedOut = new FormSession(app.Address);
        await optedOut.PostFormAsync(SignUpPage, SignUpFields("Rougegorge", "rougegorge@exemple.fr", mail: false), Cancel);
        await using var db = database.Factory.CreateDbContext();
        var ids = await db.Users.ToDictionaryAsync(u => u.Email!, u => u.Id, Cancel);

        var notifier = app.Services.GetRequiredService<Notifier>();
        await notifier.NotifyAsync(new NotificationMessage(ids["rougegorge@exemple.fr"], TwoTerritories.A, "Signalement traité", "Merci !", "/territoires/30007/arbres"), Cancel);
        await notifier.NotifyAsync(new NotificationMessage(
            ids["mesange@exemple.fr"], TwoTerritories.A, "Votre signalement est en cours", "Un agent s'en occupe.", "/territoires/30007/arbres/12"), Cancel);

        var mail = await smtp.WaitForMessageAsync(m => m.Subject == "Votre signalement est en cours", TimeSpan.FromSeconds(20), Cancel);
        Assert.Equal("mesange@exemple.fr", mail.To.Mailboxes.Single().Address);
        Assert.Equal("portail@coeurdeville.example", mail.From.Mailboxes.Single().Address);
        Assert.Contains("Un agent s'en occupe.", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("https://donnees.ales.example/territoires/30007/arbres/12", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(smtp.Messages, m => m.To.Mailboxes.Any(b => b.Address == "rougegorge@exemple.fr"));

        var list = await optedIn.Client.GetStringAsync("compte/notifications", Cancel);
        Assert.Contains("Votre signalement est en cours", list, StringComparison.Ordinal);
        Assert.DoesNotContain("Signalement traité", list, StringComparison.Ordinal);
        Assert.Contains("Notifications (1 non lue)", list, StringComparison.Ordinal);

        using var read = await optedIn.PostFormAsync("compte/notifications?handler=lues", [], Cancel, tokenPage: "compte/notifications");
        Assert.Equal(HttpStatusCode.Redirect, read.StatusCode);
        Assert.DoesNotContain("non lue)", await optedIn.Client.GetStringAsync("compte/notifications", Cancel), StringComparison.Ordinal);
    });

    [Fact]
    public Task A_published_photo_is_served_without_metadata_only_under_its_territory() => RunAsync(async (app, _, _, _) =>
    {
        var photos = app.Services.GetRequiredService<PhotoStore>();
        var clean = await PhotoSanitizer.SanitizeAsync(new MemoryStream(TestPhotos.JpegWithGps()), "IMG_0001.jpg", Cancel);
        var published = await photos.AddAsync(new NewPhoto(TwoTerritories.A, "arbre:1", null, "Service des espaces verts", "CC-BY-4.0", clean, Published: true), Cancel);
        var pending = await photos.AddAsync(new NewPhoto(TwoTerritories.A, "arbre:1", null, "Mésange", "CC0-1.0", clean, Published: false), Cancel);

        using var served = await app.Client.GetAsync(PhotoUrls.Of(TwoTerritories.A, published.Id).TrimStart('/'), Cancel);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/jpeg", served.Content.Headers.ContentType?.MediaType);
        var bytes = await served.Content.ReadAsByteArrayAsync(Cancel);
        Assert.False(TestPhotos.HasExif(bytes));
        Assert.Null(TestPhotos.GpsLatitudeOf(bytes));
        using var thumbnail = await app.Client.GetAsync(PhotoUrls.ThumbnailOf(TwoTerritories.A, published.Id).TrimStart('/'), Cancel);
        Assert.Equal(HttpStatusCode.OK, thumbnail.StatusCode);

        foreach (var hidden in new[] { PhotoUrls.Of(TwoTerritories.B, published.Id), PhotoUrls.Of(TwoTerritories.A, pending.Id), PhotoUrls.Of(TwoTerritories.A, Guid.NewGuid()) })
        {
            using var response = await app.Client.GetAsync(hidden.TrimStart('/'), Cancel);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        Assert.True(await photos.SetPublishedAsync(pending.Id, true, Cancel));
        using var nowPublished = await app.Client.GetAsync(PhotoUrls.Of(TwoTerritories.A, pending.Id).TrimStart('/'), Cancel);
        Assert.Equal(HttpStatusCode.OK, nowPublished.StatusCode);
        await Assert.ThrowsAsync<PhotoRejectedException>(() =>
            photos.AddAsync(new NewPhoto(TwoTerritories.A, "arbre:1", null, "X", "tous droits réservés", clean, true), Cancel));
    });

    [Fact]
    public Task A_person_downloads_then_deletes_their_data_and_the_platform_forgets_them() => RunAsync(async (app, database, _, _) =>
    {
        using var browser = new FormSession(app.Address);
        await browser.PostFormAsync(SignUpPage, SignUpFields("Mésange", "mesange@exemple.fr"), Cancel);
        string userId;
        await using (var db = database.Factory.CreateDbContext())
        {
            userId = (await db.Users.SingleAsync(Cancel)).Id;
        }

        var photos = app.Services.GetRequiredService<PhotoStore>();
        var clean = await PhotoSanitizer.SanitizeAsync(new MemoryStream(TestPhotos.JpegWithGps()), "IMG_0002.jpg", Cancel);
        var photo = await photos.AddAsync(new NewPhoto(TwoTerritories.A, "arbre:7", userId, "Mésange", "CC-BY-4.0", clean, Published: true), Cancel);
        await app.Services.GetRequiredService<Notifier>().NotifyAsync(new NotificationMessage(userId, TwoTerritories.A, "Bienvenue", "Merci de contribuer.", null), Cancel);

        using var export = await browser.Client.GetAsync("compte/donnees", Cancel);
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        using var json = JsonDocument.Parse(await export.Content.ReadAsStringAsync(Cancel));
        Assert.Equal("Mésange", json.RootElement.GetProperty("compte").GetProperty("pseudonyme").GetString());
        Assert.Equal("Bienvenue", json.RootElement.GetProperty("notifications")[0].GetProperty("Title").GetString());
        Assert.Equal(photo.Id, json.RootElement.GetProperty("photos")[0].GetProperty("Id").GetGuid());

        using var wrongPassword = await browser.PostFormAsync("compte?handler=supprimer", [new("motDePasse", "pas le bon mot de passe")], Cancel, tokenPage: "compte");
        Assert.Contains("Mot de passe incorrect : le compte n'a pas été supprimé.", WebUtility.HtmlDecode(await wrongPassword.Content.ReadAsStringAsync(Cancel)), StringComparison.Ordinal);

        using var deleted = await browser.PostFormAsync("compte?handler=supprimer", [new("motDePasse", Password)], Cancel, tokenPage: "compte");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);

        await using var after = database.Factory.CreateDbContext();
        Assert.Equal(0, await after.Users.CountAsync(Cancel));
        Assert.Equal(0, await after.TerritoryMemberships.CountAsync(Cancel));
        Assert.Equal(0, await after.Notifications.CountAsync(Cancel));
        Assert.Equal(0, await after.Photos.CountAsync(Cancel));
        var auditActors = await after.AuditEntries.Where(e => e.UserId == userId).Select(e => e.Actor).Distinct().ToListAsync(Cancel);
        Assert.Equal([AccountData.DeletedActor], auditActors);
        Assert.DoesNotContain(await after.AuditEntries.Select(e => e.Actor).ToListAsync(Cancel), a => a.Contains("mesange", StringComparison.Ordinal));
        using var gone = await app.Client.GetAsync(PhotoUrls.Of(TwoTerritories.A, photo.Id).TrimStart('/'), Cancel);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    });
}
