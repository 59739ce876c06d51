using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using CoeurDeVille.Core.Photos;
using CoeurDeVille.Modules.Trees.Import;
using CoeurDeVille.Modules.Trees.Publication;
using CoeurDeVille.Storage.Accounts;
using CoeurDeVille.Storage.Audit;
using CoeurDeVille.Storage.Notifications;
using CoeurDeVille.Storage.Photos;
using CoeurDeVille.Storage.Trees.Community;
using CoeurDeVille.TestSupport;
using CoeurDeVille.Web.Tests.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CoeurDeVille.Web.Tests.Trees.Community;

/// <summary>
/// The trees citizen community on the real host, through its pages as a browser posts them: reports and their
/// workflow, adoption and waterings, planting proposals, moderation, the activity feed, refusals that store nothing.
/// Runs on SQLite and PostgreSQL.
/// </summary>
public abstract partial class TreeCommunityWebTests
{
    private const string ContributorEmail = "mesange@example.org";
    private const string Pseudonym = "Mésange bleue";
    private const string AgentEmail = "agent@ales.fr";

    protected abstract WebTestDatabase CreateDatabase();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static string ExampleFile => SharedData.PathOf("trees", "schema-arbre", "exemple-valide.csv");

    private static string Tree(long id, string territory = TwoTerritories.A) => $"territoires/{territory}/arbres/{id}";

    private static string Moderation(string territory = TwoTerritories.A) => $"territoires/{territory}/arbres/moderation";

    private sealed record Context(RunningWebApp App, WebTestDatabase Database, AccountSeed Seed, string ContributorId, LocalSmtpServer Smtp);

    private async Task RunAsync(Func<Context, Task> test)
    {
        await using var database = CreateDatabase();
        await database.SeedAsync([TwoTerritories.InventoryA(), TwoTerritories.InventoryB()], Cancel);
        await using var seed = new AccountSeed(database);
        await using var smtp = await LocalSmtpServer.StartAsync(Cancel);
        await using var app = await RunningWebApp.StartAsync(database,
        [
            "--Cdv:Limites:EcrituresPubliques:Permis", "1000",
            "--Cdv:Courriel:Serveur", "127.0.0.1",
            "--Cdv:Courriel:Port", smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--Cdv:Courriel:Expediteur", "portail@example.org",
        ], null, Cancel);
        await seed.HostAsync(TwoTerritories.A, TwoTerritories.B);
        var contributor = await seed.UserAsync(ContributorEmail, TerritoryRole.Contributor, [TwoTerritories.A]);
        await using (var db = database.Factory.CreateDbContext())
        {
            // The pseudonym and the e-mail opt-in, as the sign-up page records them.
            await db.Users.Where(u => u.Id == contributor).ExecuteUpdateAsync(
                s => s.SetProperty(u => u.DisplayName, Pseudonym).SetProperty(u => u.EmailNotifications, true), Cancel);
        }

        await seed.UserAsync(AgentEmail, TerritoryRole.Agent, [TwoTerritories.A]);
        foreach (var territory in new[] { TwoTerritories.A, TwoTerritories.B })
        {
            var result = TreeInventoryImporter.Import(ExampleFile, null, Cancel);
            await app.Services.GetRequiredService<TreeInventoryPublisher>().ImportAsync(territory, result, "tests", cancellationToken: Cancel);
        }

        await test(new Context(app, database, seed, contributor, smtp));
    }

    private static async Task<FormSession> SignInAsync(RunningWebApp app, string email)
    {
        var session = new FormSession(app.Address);
        await session.SignInAsync(email, AccountSeed.Password, Cancel);
        return session;
    }

    private static MultipartFormDataContent Report(string category, string? comment = null, (byte[] Bytes, string Name)? photo = null, string licence = "CC-BY-4.0")
    {
        var content = new MultipartFormDataContent { { new StringContent(category), "categorie" }, { new StringContent(licence), "licence" } };
        if (comment is not null)
        {
            content.Add(new StringContent(comment), "commentaire");
        }

        if (photo is { } p)
        {
            content.Add(new ByteArrayContent(p.Bytes), "photo", p.Name);
        }

        return content;
    }

    private static async Task<long> ReportAsync(FormSession session, long treeId, string category, string comment, (byte[] Bytes, string Name)? photo = null)
    {
        using var response = await session.PostMultipartAsync(Tree(treeId) + "/signaler", Report(category, comment, photo), Cancel);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        return long.Parse(location[(location.LastIndexOf('-') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<(HttpStatusCode Status, string Html)> MoveAsync(FormSession session, long reportId, string status, string? answer)
    {
        using var response = await session.PostFormAsync(Moderation() + "?handler=statut",
            [new("id", reportId.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("statut", status), new("reponse", answer ?? "")], Cancel, tokenPage: Moderation());
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Cancel)));
    }

    private static async Task<int> CountAsync<T>(WebTestDatabase database)
        where T : class
    {
        await using var db = database.Factory.CreateDbContext();
        return await db.Set<T>().CountAsync(Cancel);
    }

    [Fact]
    public Task A_report_moves_new_in_progress_done_with_a_public_answer_audited_and_shown_with_the_pseudonym_only() => RunAsync(async c =>
    {
        using var contributor = await SignInAsync(c.App, ContributorEmail);
        var id = await ReportAsync(contributor, 2, "danger", "Une grosse branche pend au-dessus du trottoir.");

        using var agent = await SignInAsync(c.App, AgentEmail);
        var queue = WebUtility.HtmlDecode(await agent.Client.GetStringAsync(Moderation(), Cancel));
        Assert.Contains("<span id=\"nombre-signalements\">1</span>", queue, StringComparison.Ordinal);
        Assert.Contains("Branche cassée ou dangereuse", queue, StringComparison.Ordinal);

        var (status, html) = await MoveAsync(agent, id, "en-cours", "Équipe d'élagage prévue jeudi.");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("passé à « en cours »", html, StringComparison.Ordinal);

        // Closing needs a public answer; a closed report stays closed.
        (status, html) = await MoveAsync(agent, id, "traite", null);
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("Une réponse publique est demandée", html, StringComparison.Ordinal);
        (status, _) = await MoveAsync(agent, id, "traite", "Branche retirée le 12 juin.");
        Assert.Equal(HttpStatusCode.OK, status);
        (status, html) = await MoveAsync(agent, id, "en-cours", "Réouverture");
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("ne peut pas passer à « en cours »", html, StringComparison.Ordinal);

        var page = WebUtility.HtmlDecode(await c.App.Client.GetStringAsync(Tree(2), Cancel));
        Assert.Contains("Traité", page, StringComparison.Ordinal);
        Assert.Contains("Branche retirée le 12 juin.", page, StringComparison.Ordinal);
        Assert.Contains(Pseudonym, page, StringComparison.Ordinal);
        Assert.DoesNotContain(ContributorEmail, page, StringComparison.Ordinal);
        Assert.DoesNotContain(AgentEmail, page, StringComparison.Ordinal);

        var report = await c.App.Services.GetRequiredService<TreeCommunityStore>().FindReportAsync(TwoTerritories.A, id, Cancel);
        Assert.Equal(TreeReportStatus.Done, report!.Status);

        // The reporter was told twice, in the app and by e-mail (opted in), with the answer and a link to the report.
        var notifications = await c.App.Services.GetRequiredService<NotificationStore>().ListAsync(c.ContributorId, cancellationToken: Cancel);
        Assert.Equal(2, notifications.Count);
        Assert.Contains(notifications, n => n.Title == "Votre signalement sur l'arbre n° 2 est « traité »" && n.Body.Contains("Branche retirée le 12 juin.", StringComparison.Ordinal)
            && n.Link == $"/territoires/{TwoTerritories.A}/arbres/2#signalement-{id}");
        var mail = await c.Smtp.WaitForMessageAsync(m => m.Subject?.Contains("« traité »", StringComparison.Ordinal) == true, TimeSpan.FromSeconds(20), Cancel);
        Assert.Equal(ContributorEmail, mail.To.Mailboxes.Single().Address);
        Assert.Contains("Branche retirée le 12 juin.", mail.TextBody, StringComparison.Ordinal);
        var inApp = WebUtility.HtmlDecode(await contributor.Client.GetStringAsync("compte/notifications", Cancel));
        Assert.Contains("Votre signalement sur l'arbre n° 2 est « en cours »", inApp, StringComparison.Ordinal);

        var audit = await c.App.Services.GetRequiredService<AuditLog>().ListAsync(null, TwoTerritories.A, cancellationToken: Cancel);
        Assert.Equal(2, audit.Count(e => e.Action == "arbres.signalement.statut"));
        Assert.Single(audit, e => e.Action == "arbres.signalement.creer");

        // The activity feed tells the story with the pseudonym, in HTML and Atom.
        var feed = WebUtility.HtmlDecode(await c.App.Client.GetStringAsync($"territoires/{TwoTerritories.A}/arbres/activite", Cancel));
        Assert.Contains($"{Pseudonym} signale « branche cassée ou dangereuse » sur l'arbre n° 2", feed, StringComparison.Ordinal);
        Assert.Contains("Signalement « branche cassée ou dangereuse » sur l'arbre n° 2 traité", feed, StringComparison.Ordinal);
        var atom = XDocument.Parse(await c.App.Client.GetStringAsync($"territoires/{TwoTerritories.A}/arbres/activite.atom", Cancel));
        XNamespace ns = "http://www.w3.org/2005/Atom";
        Assert.Equal(2, atom.Root!.Elements(ns + "entry").Count());
        Assert.DoesNotContain(ContributorEmail, atom.ToString(), StringComparison.Ordinal);
    });

    [Fact]
    public Task Wrong_role_another_territory_anonymous_or_a_bad_category_are_refused_and_store_nothing() => RunAsync(async c =>
    {
        await c.Seed.UserAsync("expert@nimes.fr", TerritoryRole.Expert, [TwoTerritories.B]);
        using var contributor = await SignInAsync(c.App, ContributorEmail);

        // A contributor of A cannot report in B (403), nor moderate A (403).
        var otherForm = Report("danger");
        otherForm.Add(new StringContent(await contributor.TokenAsync("connexion", Cancel)), "__RequestVerificationToken");
        using var otherTerritory = await contributor.Client.PostAsync(Tree(1, TwoTerritories.B) + "/signaler", otherForm, Cancel);
        Assert.Equal(HttpStatusCode.Forbidden, otherTerritory.StatusCode);
        using var notModerator = await contributor.Client.GetAsync(Moderation(), Cancel);
        Assert.Equal(HttpStatusCode.Forbidden, notModerator.StatusCode);

        // A bad category and an unknown licence get a clear French message.
        using var badCategory = await contributor.PostMultipartAsync(Tree(1) + "/signaler", Report("tempete"), Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, badCategory.StatusCode);
        Assert.Contains("Catégorie « tempete » inconnue", WebUtility.HtmlDecode(await badCategory.Content.ReadAsStringAsync(Cancel)), StringComparison.Ordinal);
        using var tooLong = await contributor.PostMultipartAsync(Tree(1) + "/signaler", Report("autre", new string('x', 2001)), Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);

        // A tree that the territory does not have.
        using var missing = await contributor.Client.GetAsync(Tree(999) + "/signaler", Cancel);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);

        // Anonymous visitors are sent to sign in and come back.
        using var anonymous = new FormSession(c.App.Address);
        using var redirected = await anonymous.Client.GetAsync(Tree(1) + "/signaler", Cancel);
        Assert.Equal(HttpStatusCode.Redirect, redirected.StatusCode);
        Assert.Equal($"/connexion?ReturnUrl={Uri.EscapeDataString($"/territoires/{TwoTerritories.A}/arbres/1/signaler")}", redirected.Headers.Location!.OriginalString);
        var treePage = WebUtility.HtmlDecode(await anonymous.Client.GetStringAsync(Tree(1), Cancel));
        Assert.Contains("créer un compte", treePage, StringComparison.Ordinal);
        Assert.Contains($"/territoires/{TwoTerritories.A}/inscription?retour=", treePage, StringComparison.Ordinal);

        // Without the antiforgery token the post is refused.
        using var noToken = await contributor.Client.PostAsync(Tree(1) + "/signaler", Report("danger"), Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);

        Assert.Equal(0, await CountAsync<TreeReport>(c.Database));

        // An expert of B cannot move A's reports.
        var id = await ReportAsync(contributor, 1, "maladie", "Feuilles tachées");
        using var expertOfB = await SignInAsync(c.App, "expert@nimes.fr");
        using var refused = await expertOfB.PostFormAsync(Moderation() + "?handler=statut", [new("id", id.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("statut", "rejete"), new("reponse", "non")], Cancel, tokenPage: "connexion");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        // Nor through B's queue (the report is A's).
        using var viaB = await expertOfB.PostFormAsync(Moderation(TwoTerritories.B) + "?handler=statut", [new("id", id.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("statut", "rejete"), new("reponse", "non")], Cancel, tokenPage: Moderation(TwoTerritories.B));
        Assert.Equal(HttpStatusCode.NotFound, viaB.StatusCode);
        var report = await c.App.Services.GetRequiredService<TreeCommunityStore>().FindReportAsync(TwoTerritories.A, id, Cancel);
        Assert.Equal(TreeReportStatus.New, report!.Status);
    });

    [Fact]
    public Task An_adopter_logs_waterings_shown_on_the_tree_page_my_trees_and_the_feed() => RunAsync(async c =>
    {
        using var contributor = await SignInAsync(c.App, ContributorEmail);
        var adoption = Tree(3) + "/adoption";

        // Watering before adopting is refused.
        using var early = await contributor.PostFormAsync(adoption + "?handler=arroser", [new("date", "2026-06-01"), new("litres", "40")], Cancel, tokenPage: adoption);
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("Adoptez d'abord l'arbre 3", WebUtility.HtmlDecode(await early.Content.ReadAsStringAsync(Cancel)), StringComparison.Ordinal);

        using var adopted = await contributor.PostFormAsync(adoption + "?handler=adopter", [], Cancel, tokenPage: adoption);
        Assert.Contains("Vous avez adopté cet arbre", WebUtility.HtmlDecode(await adopted.Content.ReadAsStringAsync(Cancel)), StringComparison.Ordinal);
        using var twice = await contributor.PostFormAsync(adoption + "?handler=adopter", [], Cancel, tokenPage: adoption);
        Assert.Contains("déjà adopté", WebUtility.HtmlDecode(await twice.Content.ReadAsStringAsync(Cancel)), StringComparison.Ordinal);

        using var badLitres = await contributor.PostFormAsync(adoption + "?handler=arroser", [new("date", "2026-06-01"), new("litres", "5000")], Cancel, tokenPage: adoption);
        Assert.Equal(HttpStatusCode.BadRequest, badLitres.StatusCode);
        using var badDate = await contributor.PostFormAsync(adoption + "?handler=arroser", [new("date", "01/06/2026"), new("litres", "40")], Cancel, tokenPage: adoption);
        Assert.Contains("Date « 01/06/2026 » illisible", WebUtility.HtmlDecode(await badDate.Content.ReadAsStringAsync(Cancel)), StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync<TreeWatering>(c.Database));

        using var watered = await contributor.PostFormAsync(adoption + "?handler=arroser", [new("date", "2025-07-14"), new("litres", "45"), new("note", "Terre très sèche")], Cancel, tokenPage: adoption);
        Assert.Equal(HttpStatusCode.OK, watered.StatusCode);

        var page = WebUtility.HtmlDecode(await c.App.Client.GetStringAsync(Tree(3), Cancel));
        Assert.Contains("1 habitant·e veille sur cet arbre.", page, StringComparison.Ordinal);
        Assert.Contains($"14 juillet 2025 — 45 L par {Pseudonym}", page, StringComparison.Ordinal);
        var mine = WebUtility.HtmlDecode(await contributor.Client.GetStringAsync($"territoires/{TwoTerritories.A}/arbres/mes-arbres", Cancel));
        Assert.Contains("14 juillet 2025", mine, StringComparison.Ordinal);
        var feed = WebUtility.HtmlDecode(await c.App.Client.GetStringAsync($"territoires/{TwoTerritories.A}/arbres/activite", Cancel));
        Assert.Contains($"{Pseudonym} adopte l'arbre n° 3", feed, StringComparison.Ordinal);
        Assert.Contains($"{Pseudonym} arrose l'arbre n° 3 (45 L", feed, StringComparison.Ordinal);

        // The agents' queue lists the adopted tree as not watered for more than ten days (its last watering is in 2025).
        using var agent = await SignInAsync(c.App, AgentEmail);
        var queue = WebUtility.HtmlDecode(await agent.Client.GetStringAsync(Moderation(), Cancel));
        Assert.Contains("<span id=\"nombre-assoiffes\">1</span>", queue, StringComparison.Ordinal);
    });

    [Fact]
    public Task A_planting_proposal_is_checked_accepted_and_drawn_as_its_own_layer() => RunAsync(async c =>
    {
        using var contributor = await SignInAsync(c.App, ContributorEmail);
        var page = $"territoires/{TwoTerritories.A}/arbres/proposer";
        using var far = await contributor.PostFormAsync(page, [new("latitude", "48.85"), new("longitude", "2.35"), new("raison", "Place sans ombre")], Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, far.StatusCode);
        Assert.Contains("hors du territoire", WebUtility.HtmlDecode(await far.Content.ReadAsStringAsync(Cancel)), StringComparison.Ordinal);
        using var unreadable = await contributor.PostFormAsync(page, [new("latitude", "nord"), new("longitude", "4.08"), new("raison", "Place sans ombre")], Cancel);
        Assert.Contains("Latitude « nord » illisible", WebUtility.HtmlDecode(await unreadable.Content.ReadAsStringAsync(Cancel)), StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync<PlantingProposal>(c.Database));

        var tree = (await c.App.Services.GetRequiredService<CoeurDeVille.Storage.Trees.TreeStore>().ListAsync(TwoTerritories.A, Cancel))[0];
        var lat = (tree.Latitude + 0.0005).ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        var lon = tree.Longitude.ToString("R", System.Globalization.CultureInfo.InvariantCulture).Replace('.', ',');
        using var sent = await contributor.PostFormAsync(page, [new("latitude", lat), new("longitude", lon), new("raison", "Cour d'école sans ombre"), new("essence", "Tilleul")], Cancel);
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var proposal = Assert.Single(await c.App.Services.GetRequiredService<TreeCommunityStore>().ProposalsAsync(TwoTerritories.A, PlantingProposalStatus.Pending, cancellationToken: Cancel));
        Assert.Equal((Math.Round(tree.Latitude + 0.0005, 6), Math.Round(tree.Longitude, 6)), (proposal.Latitude, proposal.Longitude));
        Assert.Contains("\"features\":[]", await c.App.Client.GetStringAsync($"territoires/{TwoTerritories.A}/arbres/propositions.geojson", Cancel), StringComparison.Ordinal);

        using var agent = await SignInAsync(c.App, AgentEmail);
        using var accepted = await agent.PostFormAsync(Moderation() + "?handler=proposition",
            [new("id", proposal.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("decision", "accepter"), new("reponse", "Plantation prévue cet hiver.")], Cancel, tokenPage: Moderation());
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        using var again = await agent.PostFormAsync(Moderation() + "?handler=proposition",
            [new("id", proposal.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("decision", "refuser")], Cancel, tokenPage: Moderation());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);

        var geojson = System.Text.Json.JsonDocument.Parse(await c.App.Client.GetStringAsync($"territoires/{TwoTerritories.A}/arbres/propositions.geojson", Cancel));
        var feature = Assert.Single(geojson.RootElement.GetProperty("features").EnumerateArray());
        Assert.Equal(proposal.Longitude, feature.GetProperty("geometry").GetProperty("coordinates")[0].GetDouble());
        Assert.Equal("Tilleul", feature.GetProperty("properties").GetProperty("essence").GetString());
        Assert.Contains("\"features\":[]", await c.App.Client.GetStringAsync($"territoires/{TwoTerritories.B}/arbres/propositions.geojson", Cancel), StringComparison.Ordinal);
        var feed = WebUtility.HtmlDecode(await c.App.Client.GetStringAsync($"territoires/{TwoTerritories.A}/arbres/activite", Cancel));
        Assert.Contains($"Proposition de plantation de {Pseudonym} acceptée", feed, StringComparison.Ordinal);
        var told = Assert.Single(await c.App.Services.GetRequiredService<NotificationStore>().ListAsync(c.ContributorId, cancellationToken: Cancel));
        Assert.Equal("Votre proposition de plantation est acceptée", told.Title);
    });

    [Fact]
    public Task A_contributor_photo_is_published_after_moderation_without_any_exif_and_bad_files_store_nothing() => RunAsync(async c =>
    {
        using var contributor = await SignInAsync(c.App, ContributorEmail);
        var form = Tree(2) + "/signaler";

        // Not an image, too heavy, unknown licence: a clear French message, and nothing stored.
        using var text = await contributor.PostMultipartAsync(form, Report("maladie", "Taches", (System.Text.Encoding.UTF8.GetBytes("pas une image"), "photo.jpg")), Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, text.StatusCode);
        Assert.Contains("« photo.jpg » n'est pas une photo lisible", WebUtility.HtmlDecode(await text.Content.ReadAsStringAsync(Cancel)), StringComparison.Ordinal);
        using var heavy = await contributor.PostMultipartAsync(form, Report("maladie", "Taches", (new byte[11 * 1024 * 1024], "grande.jpg")), Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, heavy.StatusCode);
        Assert.Contains("Photo « grande.jpg » trop lourde", WebUtility.HtmlDecode(await heavy.Content.ReadAsStringAsync(Cancel)), StringComparison.Ordinal);
        using var licence = await contributor.PostMultipartAsync(form, Report("maladie", "Taches", (TestPhotos.JpegWithGps(), "IMG_0001.jpg"), "tous-droits-reserves"), Cancel);
        Assert.Contains("Licence « tous-droits-reserves » inconnue", WebUtility.HtmlDecode(await licence.Content.ReadAsStringAsync(Cancel)), StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync<TreeReport>(c.Database));
        Assert.Equal(0, await CountAsync<StoredPhoto>(c.Database));

        // A phone photo with its GPS position: stored, waiting, invisible to the public.
        var original = TestPhotos.JpegWithGps();
        Assert.True(TestPhotos.HasExif(original));
        var id = await ReportAsync(contributor, 2, "maladie", "Taches noires sur les feuilles", (original, "IMG_0002.jpg"));
        var row = Assert.Single(await c.App.Services.GetRequiredService<TreeCommunityStore>().PhotosAsync(TwoTerritories.A, TreePhotoStatus.Pending, cancellationToken: Cancel));
        Assert.Equal(id, row.ReportId);
        using var hidden = await c.App.Client.GetAsync(PhotoUrls.Of(TwoTerritories.A, row.PhotoId).TrimStart('/'), Cancel);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Contains("Aucune photo publiée", WebUtility.HtmlDecode(await c.App.Client.GetStringAsync(Tree(2), Cancel)), StringComparison.Ordinal);

        // The agent sees it in the queue (through the moderators' route only) and publishes it.
        using var agent = await SignInAsync(c.App, AgentEmail);
        var queue = WebUtility.HtmlDecode(await agent.Client.GetStringAsync(Moderation(), Cancel));
        Assert.Contains("<span id=\"nombre-photos\">1</span>", queue, StringComparison.Ordinal);
        using var preview = await agent.Client.GetAsync(Moderation() + $"?handler=photo&id={row.PhotoId}", Cancel);
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        using var previewByContributor = await contributor.Client.GetAsync(Moderation() + $"?handler=photo&id={row.PhotoId}", Cancel);
        Assert.Equal(HttpStatusCode.Forbidden, previewByContributor.StatusCode);
        using var published = await agent.PostFormAsync(Moderation() + "?handler=photo", [new("id", row.PhotoId.ToString()), new("decision", "publier")], Cancel, tokenPage: Moderation());
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);

        var bytes = await c.App.Client.GetByteArrayAsync(PhotoUrls.Of(TwoTerritories.A, row.PhotoId).TrimStart('/'), Cancel);
        Assert.False(TestPhotos.HasExif(bytes));
        Assert.Null(SixLabors.ImageSharp.Image.Identify(bytes).Metadata.ExifProfile);
        Assert.Null(TestPhotos.GpsLatitudeOf(bytes));
        var page = WebUtility.HtmlDecode(await c.App.Client.GetStringAsync(Tree(2), Cancel));
        Assert.Contains(PhotoUrls.ThumbnailOf(TwoTerritories.A, row.PhotoId), page, StringComparison.Ordinal);
        Assert.Contains($"© {Pseudonym}", page, StringComparison.Ordinal);
        Assert.Contains("CC-BY-4.0", page, StringComparison.Ordinal);
        Assert.Contains(await c.App.Services.GetRequiredService<NotificationStore>().ListAsync(c.ContributorId, cancellationToken: Cancel), n => n.Title == "Votre photo est publiée");

        // An agent's own photo is published at once; a refused contributor photo leaves the store.
        using var agentPhoto = new MultipartFormDataContent { { new ByteArrayContent(TestPhotos.JpegWithGps(320, 240)), "photo", "agent.jpg" }, { new StringContent("CC0-1.0"), "licence" } };
        using var agentSent = await agent.PostMultipartAsync(Tree(3) + "/photos", agentPhoto, Cancel);
        Assert.Equal(HttpStatusCode.Redirect, agentSent.StatusCode);
        Assert.Single(await c.App.Services.GetRequiredService<PhotoStore>().ListAsync(TwoTerritories.A, "arbre:3", true, Cancel));
        using var second = new MultipartFormDataContent { { new ByteArrayContent(TestPhotos.JpegWithGps(320, 240)), "photo", "floue.jpg" }, { new StringContent("CC-BY-SA-4.0"), "licence" } };
        using var secondSent = await contributor.PostMultipartAsync(Tree(3) + "/photos", second, Cancel);
        Assert.Equal(HttpStatusCode.Redirect, secondSent.StatusCode);
        var waiting = Assert.Single(await c.App.Services.GetRequiredService<TreeCommunityStore>().PhotosAsync(TwoTerritories.A, TreePhotoStatus.Pending, cancellationToken: Cancel));
        using var refused = await agent.PostFormAsync(Moderation() + "?handler=photo", [new("id", waiting.PhotoId.ToString()), new("decision", "refuser")], Cancel, tokenPage: Moderation());
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Null(await c.App.Services.GetRequiredService<PhotoStore>().FindAsync(waiting.PhotoId, Cancel));
    });

    [Fact]
    public Task Erasing_an_account_keeps_reports_and_waterings_as_anonymous_facts_and_removes_comments_and_photos() => RunAsync(async c =>
    {
        using var contributor = await SignInAsync(c.App, ContributorEmail);
        var id = await ReportAsync(contributor, 1, "degat", "Écorce arrachée par un scooter", (TestPhotos.JpegWithGps(), "IMG_0003.jpg"));
        var adoption = Tree(1) + "/adoption";
        using (await contributor.PostFormAsync(adoption + "?handler=adopter", [], Cancel, tokenPage: adoption)) { }
        using (await contributor.PostFormAsync(adoption + "?handler=arroser", [new("date", "2025-08-01"), new("litres", "30"), new("note", "Devant le n° 12")], Cancel, tokenPage: adoption)) { }
        var near = (await c.App.Services.GetRequiredService<CoeurDeVille.Storage.Trees.TreeStore>().ListAsync(TwoTerritories.A, Cancel))[0];
        using (var proposed = await contributor.PostFormAsync($"territoires/{TwoTerritories.A}/arbres/proposer",
            [new("latitude", near.Latitude.ToString("R", System.Globalization.CultureInfo.InvariantCulture)), new("longitude", near.Longitude.ToString("R", System.Globalization.CultureInfo.InvariantCulture)), new("raison", "Devant chez moi")], Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, proposed.StatusCode);
        }


        using var export = await contributor.Client.GetAsync("compte/donnees", Cancel);
        using var json = JsonDocument.Parse(await export.Content.ReadAsStringAsync(Cancel));
        var trees = json.RootElement.GetProperty("arbres");
        Assert.Equal("Écorce arrachée par un scooter", trees.GetProperty("signalements")[0].GetProperty("commentaire").GetString());
        Assert.Equal(30, trees.GetProperty("arrosages")[0].GetProperty("litres").GetInt32());
        Assert.Equal(1, trees.GetProperty("adoptions").GetArrayLength());
        Assert.Equal(1, trees.GetProperty("photos").GetArrayLength());

        using var deleted = await contributor.PostFormAsync("compte?handler=supprimer", [new("motDePasse", AccountSeed.Password)], Cancel, tokenPage: "compte");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);

        await using var db = c.Database.Factory.CreateDbContext();
        var report = await db.Set<TreeReport>().SingleAsync(Cancel);
        Assert.Equal((id, "degat", (string?)null, (string?)null, (string?)null), (report.Id, report.Category, report.ReporterUserId, report.ReporterName, report.Comment));
        var watering = await db.Set<TreeWatering>().SingleAsync(Cancel);
        Assert.Equal((30, (string?)null, (string?)null, (string?)null), (watering.Litres, watering.UserId, watering.Pseudonym, watering.Note));
        var proposal = await db.Set<PlantingProposal>().SingleAsync(Cancel);
        Assert.Equal(((string?)null, (string?)null, TreeCommunityStore.ErasedText), (proposal.ProposerUserId, proposal.ProposerName, proposal.Reason));
        Assert.Equal(0, await db.Set<TreeAdoption>().CountAsync(Cancel));
        Assert.Equal(0, await db.Set<TreePhoto>().CountAsync(Cancel));
        Assert.Equal(0, await db.Photos.CountAsync(Cancel));
        var page = WebUtility.HtmlDecode(await c.App.Client.GetStringAsync(Tree(1), Cancel));
        Assert.DoesNotContain(Pseudonym, page, StringComparison.Ordinal);
        Assert.DoesNotContain("scooter", page, StringComparison.Ordinal);
        Assert.Contains("Compte supprimé", page, StringComparison.Ordinal);
    });
}
