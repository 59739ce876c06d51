using System.Globalization;
using System.Net;
using System.Text.Json;
using CoeurDeVille.Modules.Biodiversity.Contributions;
using CoeurDeVille.Modules.Biodiversity.Store;
using CoeurDeVille.Modules.Biodiversity.Taxonomy;
using CoeurDeVille.Storage.Accounts;
using CoeurDeVille.Storage.Audit;
using CoeurDeVille.TestSupport;
using CoeurDeVille.Web.Tests.Accounts;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CoeurDeVille.Web.Tests.Biodiversity;

/// <summary>
/// Participatory science on the real host, SQLite and PostgreSQL: submissions through the real form (antiforgery,
/// cookies), refusals that store nothing, expert validation by role and territory, the validated record in the atlas
/// figures, and a sensitive species never shown precisely. The territory is Gap (05061); positions come from its
/// real commune contour (shared/data/territories/france-geojson).
/// </summary>
public abstract class ContributionTests
{
    internal const string Gap = "05061";
    internal const string Other = "30007";

    // Inside Gap (town centre) and outside it (Paris).
    internal const string Latitude = "44.5594";
    internal const string Longitude = "6.0786";

    protected abstract WebTestDatabase CreateDatabase();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    internal sealed record People(string Contributor, string Expert, string OtherExpert, string Outsider);

    private async Task RunAsync(Func<RunningWebApp, WebTestDatabase, People, string, Task> test) =>
        await RunAsync((app, database, people, folder, _) => test(app, database, people, folder));

    private async Task RunAsync(Func<RunningWebApp, WebTestDatabase, People, string, LocalSmtpServer, Task> test)
    {
        await using var smtp = await LocalSmtpServer.StartAsync(Cancel);
        await using var database = CreateDatabase();
        await database.SeedAsync([], Cancel);
        using var folder = new TemporaryFolder();
        var referential = Path.Combine(folder.Path, "sensibilite.csv");
        // The Alpine ibex (61098) is sensitive at level 2 (10 km cell) in the Hautes-Alpes.
        File.WriteAllLines(referential, ["cd_dept,id,cd_nom,duree,codage,autre,cd_sl,cd_occ_statut_biologique,nom_cite", "05,1,61098,,2,,1,,"]);
        await using var seed = new AccountSeed(database);
        await seed.HostAsync(Gap, Other);
        var people = new People(
            await seed.UserAsync("naturaliste@exemple.fr", TerritoryRole.Contributor, [Gap]),
            await seed.UserAsync("experte@exemple.fr", TerritoryRole.Expert, [Gap]),
            await seed.UserAsync("expert-ales@exemple.fr", TerritoryRole.Expert, [Other]),
            await seed.UserAsync("ailleurs@exemple.fr", TerritoryRole.Contributor, [Other]));
        await using var app = await RunningWebApp.StartAsync(database, Cancel, "--Cdv:Biodiversite:ReferentielSensibilite", referential,
            "--Cdv:Courriel:Serveur", "127.0.0.1", "--Cdv:Courriel:Port", smtp.Port.ToString(CultureInfo.InvariantCulture),
            "--Cdv:Courriel:Expediteur", "portail@exemple.org");
        var taxonomy = TaxrefReader.Load(SharedData.PathOf("biodiversity", "taxref", "geonature_dev_bib_noms.tsv"));
        await app.Services.GetRequiredService<ObservationStore>().SaveTaxonomyAsync(taxonomy, [], Cancel);
        await test(app, database, people, folder.Path, smtp);
    }

    internal static List<KeyValuePair<string, string>> Fields(string? cdNom = "4001", string latitude = Latitude, string longitude = Longitude, string? date = null, string nombre = "2") =>
    [
        new("Form.CdNom", cdNom ?? ""),
        new("Form.Latitude", latitude),
        new("Form.Longitude", longitude),
        new("Form.Date", date ?? DateTime.UtcNow.AddDays(-3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        new("Form.Nombre", nombre),
        new("Form.Commentaire", "Au bord du canal, le matin."),
        new("Form.Licence", "CC-BY-4.0"),
    ];

    private static async Task<FormSession> SignedInAsync(RunningWebApp app, string email)
    {
        var session = new FormSession(app.Address);
        await session.SignInAsync(email, AccountSeed.Password, Cancel);
        return session;
    }

    private static async Task<string> SubmitAsync(FormSession session, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var response = await session.PostFormAsync($"territoires/{Gap}/atlas/contribuer", fields, Cancel);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        return location[(location.IndexOf("envoyee=", StringComparison.Ordinal) + "envoyee=".Length)..];
    }

    private static async Task<HttpResponseMessage> DecideAsync(FormSession session, string id, string level, string comment, string? cdNom = null, string territory = Gap) =>
        await session.PostFormAsync($"territoires/{territory}/atlas/validation",
            [new("id", id), new("niveau", level), new("commentaire", comment), new("cdNom", cdNom ?? ""), new("publierPhotos", "true")], Cancel,
            tokenPage: $"territoires/{territory}/atlas/contribuer");

    private static async Task<int> SubmissionCountAsync(RunningWebApp app, string userId) =>
        (await app.Services.GetRequiredService<SubmissionStore>().OfUserEverywhereAsync(userId, Cancel)).Count;

    [Fact]
    public Task Bad_submissions_are_refused_in_French_and_store_nothing() => RunAsync(async (app, database, people, _) =>
    {
        using var contributor = await SignedInAsync(app, "naturaliste@exemple.fr");
        var cases = new (List<KeyValuePair<string, string>> Fields, string Message)[]
        {
            (Fields(date: DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), "dans le futur"),
            (Fields(latitude: "48.8566", longitude: "2.3522"), "est hors du territoire"),
            (Fields(cdNom: "999999999"), "Taxon « 999999999 » inconnu"),
            (Fields(cdNom: ""), "Espèce manquante"),
            (Fields(nombre: "-4"), "Nombre « -4 » invalide"),
            (Fields(latitude: "quarante-quatre"), "Position manquante ou illisible"),
        };
        foreach (var (fields, message) in cases)
        {
            using var response = await contributor.PostFormAsync($"territoires/{Gap}/atlas/contribuer", fields, Cancel);
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Cancel));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains(message, html, StringComparison.Ordinal);
            Assert.Contains("L'observation n'a pas été enregistrée", html, StringComparison.Ordinal);
        }

        Assert.Equal(0, await SubmissionCountAsync(app, people.Contributor));

        // A member of another territory is refused (403), nothing stored; an anonymous visitor gets the sign-up and sign-in links.
        using var outsider = await SignedInAsync(app, "ailleurs@exemple.fr");
        using var refused = await outsider.PostFormAsync($"territoires/{Gap}/atlas/contribuer", Fields(), Cancel, tokenPage: $"territoires/{Other}/atlas/contribuer");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(0, await SubmissionCountAsync(app, people.Outsider));
        var anonymous = await app.Client.GetStringAsync($"territoires/{Gap}/atlas/contribuer", Cancel);
        Assert.Contains($"/territoires/{Gap}/inscription?retour=%2Fterritoires%2F{Gap}%2Fatlas%2Fcontribuer", anonymous, StringComparison.Ordinal);
        Assert.Contains("/connexion?ReturnUrl=%2Fterritoires%2F", anonymous, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"contribution\"", anonymous, StringComparison.Ordinal);
    });

    [Fact]
    public Task A_name_typed_without_javascript_is_resolved_or_offered_as_candidates() => RunAsync(async (app, _, people, _) =>
    {
        using var contributor = await SignedInAsync(app, "naturaliste@exemple.fr");
        var fields = Fields(cdNom: null);
        fields.Add(new("Form.Nom", "mésange"));
        using var ambiguous = await contributor.PostFormAsync($"territoires/{Gap}/atlas/contribuer", fields, Cancel);
        var html = WebUtility.HtmlDecode(await ambiguous.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(HttpStatusCode.BadRequest, ambiguous.StatusCode);
        Assert.Contains("Plusieurs taxons correspondent", html, StringComparison.Ordinal);
        Assert.Contains("Mésange bleue", html, StringComparison.Ordinal);
        Assert.Equal(0, await SubmissionCountAsync(app, people.Contributor));

        fields[^1] = new("Form.Nom", "mesange bleue");
        var id = await SubmitAsync(contributor, fields);
        var stored = await app.Services.GetRequiredService<SubmissionStore>().FindAsync(Gap, id, Cancel);
        Assert.Equal(3760, stored!.CdRef);
        Assert.Equal(Gap, stored.Insee);
    });

    [Fact]
    public Task An_expert_validates_the_contributor_sees_it_and_the_atlas_counts_it() => RunAsync(async (app, database, people, _) =>
    {
        using var contributor = await SignedInAsync(app, "naturaliste@exemple.fr");
        var id = await SubmitAsync(contributor, Fields());
        var mine = WebUtility.HtmlDecode(await contributor.Client.GetStringAsync($"territoires/{Gap}/atlas/mes-observations?envoyee={id}", Cancel));
        Assert.Contains("En attente de validation", mine, StringComparison.Ordinal);
        Assert.Contains("Merci !", mine, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client.GetAsync($"api/v1/territoires/{Gap}/biodiversite", Cancel)).StatusCode);

        // The contributor and another territory's expert may not validate; nothing changes.
        using (var self = await DecideAsync(contributor, id, "1", "moi-même"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, self.StatusCode);
        }

        using var otherExpert = await SignedInAsync(app, "expert-ales@exemple.fr");
        using (var other = await DecideAsync(otherExpert, id, "1", "pas mon territoire", territory: Gap))
        {
            Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        }

        using (var page = await otherExpert.Client.GetAsync($"territoires/{Gap}/atlas/validation", Cancel))
        {
            Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        }

        Assert.Equal(ValidationLevel.Pending, (await app.Services.GetRequiredService<SubmissionStore>().FindAsync(Gap, id, Cancel))!.Level);

        using var expert = await SignedInAsync(app, "experte@exemple.fr");
        var queue = await expert.Client.GetStringAsync($"territoires/{Gap}/atlas/validation", Cancel);
        Assert.Contains($"id=\"a-valider-{id}\"", queue, StringComparison.Ordinal);
        using (var bad = await DecideAsync(expert, id, "9", "?"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.Contains("Niveau de validation « 9 » inconnu", WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync(Cancel)), StringComparison.Ordinal);
        }

        using (var decided = await DecideAsync(expert, id, "1", "Belle observation, le chant ne trompe pas."))
        {
            Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        }

        mine = WebUtility.HtmlDecode(await contributor.Client.GetStringAsync($"territoires/{Gap}/atlas/mes-observations", Cancel));
        Assert.Contains("Certain - très probable", mine, StringComparison.Ordinal);
        Assert.Contains("Belle observation, le chant ne trompe pas.", mine, StringComparison.Ordinal);

        // Counted in the commune, species and territory figures, under the pseudonymous observer key.
        using var commune = JsonDocument.Parse(await app.Client.GetStringAsync($"api/v1/territoires/{Gap}/biodiversite/communes/{Gap}", Cancel));
        Assert.Equal(1, commune.RootElement.GetProperty("figure").GetProperty("observations").GetInt64());
        Assert.Equal(4001, commune.RootElement.GetProperty("taxa")[0].GetProperty("cdRef").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await app.Client.GetAsync($"territoires/{Gap}/atlas/especes/4001", Cancel)).StatusCode);
        // The expert's SINP level travels with the copy: exported as nivVal, kept by validation=1, left out by validation=2.
        var certain = (await app.Client.GetStringAsync($"api/v1/territoires/{Gap}/biodiversite/export?format=sinp&validation=1&colonnes=cdRef,nivVal", Cancel))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["cdRef;nivVal", "4001;1"], certain.Select(l => l.TrimEnd('\r')));
        var probable = (await app.Client.GetStringAsync($"api/v1/territoires/{Gap}/biodiversite/export?format=sinp&validation=2&colonnes=cdRef,nivVal", Cancel))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(probable);

        // Revised to invalid: it leaves the atlas again (aggregates refreshed).
        using (var revised = await DecideAsync(expert, id, "4", "Confusion probable avec un autre passereau."))
        {
            Assert.Equal(HttpStatusCode.OK, revised.StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await app.Client.GetAsync($"api/v1/territoires/{Gap}/biodiversite/communes/{Gap}", Cancel)).StatusCode);
        await using var db = database.Factory.CreateDbContext();
        var audited = await db.AuditEntries.Where(e => e.Target == id).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync(Cancel);
        Assert.Equal(["biodiversite.contribution", "biodiversite.validation", "biodiversite.validation"], audited);
    });

    [Fact]
    public Task An_expert_assigns_a_taxon_to_an_unknown_species_and_sensitivity_follows_it() => RunAsync(async (app, _, people, _) =>
    {
        using var contributor = await SignedInAsync(app, "naturaliste@exemple.fr");
        var fields = Fields(cdNom: null);
        fields.Add(new("Form.Inconnue", "true"));
        fields.Add(new("Form.Description", "Grand animal aux cornes recourbées sur les rochers."));
        var id = await SubmitAsync(contributor, fields);
        using var expert = await SignedInAsync(app, "experte@exemple.fr");
        using (var missing = await DecideAsync(expert, id, "1", "?"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
            Assert.Contains("doit avoir un taxon", WebUtility.HtmlDecode(await missing.Content.ReadAsStringAsync(Cancel)), StringComparison.Ordinal);
        }

        using (var decided = await DecideAsync(expert, id, "2", "Un bouquetin.", cdNom: "61098"))
        {
            Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        }

        var stored = await app.Services.GetRequiredService<SubmissionStore>().FindAsync(Gap, id, Cancel);
        Assert.Equal(61098, stored!.ValidatedCdRef);
        Assert.Equal(2, stored.Sensitivity); // the referential's level for the ibex in 05, from the expert's taxon
        // Level 2: in the 10 km cells, not in the commune.
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client.GetAsync($"api/v1/territoires/{Gap}/biodiversite/communes/{Gap}", Cancel)).StatusCode);
        using var species = JsonDocument.Parse(await app.Client.GetStringAsync($"api/v1/territoires/{Gap}/biodiversite/especes/61098", Cancel));
        Assert.Single(species.RootElement.GetProperty("cells").EnumerateArray());
        _ = people;
    });

    /// <summary>
    /// A validated ibex (level 2) submitted at a precise position: no public route of the module, nor the autocomplete,
    /// shows its coordinates (in any usual rounding) or its 1 km cell; the 10 km cell is the only trace.
    /// </summary>
    [Fact]
    public Task A_validated_sensitive_submission_is_never_exposed_precisely() => RunAsync(async (app, _, _, _) =>
    {
        using var contributor = await SignedInAsync(app, "naturaliste@exemple.fr");
        var id = await SubmitAsync(contributor, Fields(cdNom: "61098", latitude: "44.561234", longitude: "6.081234"));
        using var expert = await SignedInAsync(app, "experte@exemple.fr");
        using (var decided = await DecideAsync(expert, id, "1", "Bouquetin confirmé."))
        {
            Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        }

        var (x, y) = CoeurDeVille.Core.Geometries.GeometryReprojector.Shared.Transform(6.081234, 44.561234, 4326, 2154);
        var forbidden = new[] { "44.561234", "6.081234", "44.56123", "6.08123", "44.5612", "6.0812", $"1kmL93E{(int)Math.Floor(x / 1000):0000}N{(int)Math.Floor(y / 1000):0000}" };
        var patterns = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText!).Where(p => p.Contains("atlas", StringComparison.Ordinal) || p.Contains("biodiversite", StringComparison.Ordinal))
            .Distinct().ToList();
        Assert.Contains(patterns, p => p.EndsWith("/biodiversite/taxons", StringComparison.Ordinal));
        var values = new Dictionary<string, string> { ["code"] = Gap, ["insee"] = Gap, ["cdRef"] = "61098", ["photo"] = Guid.NewGuid().ToString() };
        var checkedResponses = 0;
        foreach (var pattern in patterns)
        {
            var path = System.Text.RegularExpressions.Regex.Replace(pattern.TrimStart('/'), "\\{([a-zA-Z]+)(:[^}]*)?\\}", m => values[m.Groups[1].Value]);
            foreach (var query in new[] { "", "?maille=1", "?q=bouquetin", "?q=ib&limite=50" })
            {
                using var response = await app.Client.GetAsync(path + query, Cancel);
                var text = await response.Content.ReadAsStringAsync(Cancel);
                var leaked = forbidden.FirstOrDefault(f => text.Contains(f, StringComparison.Ordinal));
                Assert.True(leaked is null, $"{path}{query} montre « {leaked} » d'une observation sensible.");
                Assert.False(path.Contains($"communes/{Gap}", StringComparison.Ordinal) && text.Contains("61098", StringComparison.Ordinal), $"{path}{query} montre le bouquetin dans la commune.");
                checkedResponses++;
            }
        }

        Assert.True(checkedResponses >= 40, checkedResponses.ToString(CultureInfo.InvariantCulture));
        // The autocomplete gives names, never places: the ibex is found by name, with no coordinate or cell.
        var suggestions = await app.Client.GetStringAsync($"api/v1/territoires/{Gap}/biodiversite/taxons?q=bouquetin", Cancel);
        Assert.Contains("\"cdRef\":61098", suggestions, StringComparison.Ordinal);
        Assert.DoesNotContain("maille", suggestions, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("latitude", suggestions, StringComparison.OrdinalIgnoreCase);
    });

    private static MultipartFormDataContent Multipart(IEnumerable<KeyValuePair<string, string>> fields, params (byte[] Bytes, string Name)[] photos)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        foreach (var (bytes, name) in photos)
        {
            content.Add(new ByteArrayContent(bytes), "photos", name);
        }

        return content;
    }

    [Fact]
    public Task A_non_image_photo_is_refused_and_nothing_is_stored() => RunAsync(async (app, database, people, _) =>
    {
        using var contributor = await SignedInAsync(app, "naturaliste@exemple.fr");
        using var content = Multipart(Fields(), (System.Text.Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>"), "photo.jpg"));
        using var response = await contributor.PostMultipartAsync($"territoires/{Gap}/atlas/contribuer", content, Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("L'observation n'a pas été enregistrée", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Cancel)), StringComparison.Ordinal);
        Assert.Equal(0, await SubmissionCountAsync(app, people.Contributor));
        await using var db = database.Factory.CreateDbContext();
        Assert.Equal(0, await db.Photos.CountAsync(Cancel));

        using var badLicence = Multipart(Fields().Select(f => f.Key == "Form.Licence" ? new KeyValuePair<string, string>(f.Key, "CC-BY-NC-4.0") : f), (TestPhotos.JpegWithGps(), "p.jpg"));
        using var refused = await contributor.PostMultipartAsync($"territoires/{Gap}/atlas/contribuer", badLicence, Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Licence « CC-BY-NC-4.0 » inconnue", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync(Cancel)), StringComparison.Ordinal);
        Assert.Equal(0, await SubmissionCountAsync(app, people.Contributor));
    });

    [Fact]
    public Task A_photo_loses_its_GPS_is_published_with_the_decision_and_the_contributor_is_notified() => RunAsync(async (app, database, people, _, smtp) =>
    {
        await using (var db = database.Factory.CreateDbContext())
        {
            var user = await db.Users.SingleAsync(u => u.Id == people.Contributor, Cancel);
            user.EmailNotifications = true;
            user.DisplayName = "Mésange42";
            await db.SaveChangesAsync(Cancel);
        }

        using var contributor = await SignedInAsync(app, "naturaliste@exemple.fr");
        using var content = Multipart(Fields(), (TestPhotos.JpegWithGps(), "IMG_0001.jpg"));
        using var sent = await contributor.PostMultipartAsync($"territoires/{Gap}/atlas/contribuer", content, Cancel);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var id = sent.Headers.Location!.OriginalString.Split("envoyee=")[1];
        var submission = (await app.Services.GetRequiredService<SubmissionStore>().FindAsync(Gap, id, Cancel))!;
        var photo = Assert.Single(await app.Services.GetRequiredService<SubmissionPhotos>().ListAsync(submission, publishedOnly: false, Cancel));
        Assert.Equal("Mésange42", photo.AuthorName);
        Assert.Equal("CC-BY-4.0", photo.Licence);
        Assert.False(photo.Published);

        // Unpublished: not on the public route; the territory's expert sees it, without EXIF or GPS; another territory's expert does not.
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client.GetAsync($"territoires/{Gap}/photos/{photo.Id}", Cancel)).StatusCode);
        using var otherExpert = await SignedInAsync(app, "expert-ales@exemple.fr");
        Assert.Equal(HttpStatusCode.NotFound, (await otherExpert.Client.GetAsync($"territoires/{Gap}/atlas/validation/photos/{photo.Id}", Cancel)).StatusCode);
        using var expert = await SignedInAsync(app, "experte@exemple.fr");
        var moderated = await expert.Client.GetByteArrayAsync($"territoires/{Gap}/atlas/validation/photos/{photo.Id}", Cancel);
        Assert.False(TestPhotos.HasExif(moderated));
        Assert.Null(TestPhotos.GpsLatitudeOf(moderated));

        using (var decided = await DecideAsync(expert, id, "1", "Merci pour la photo !"))
        {
            Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        }

        var published = await app.Client.GetByteArrayAsync($"territoires/{Gap}/photos/{photo.Id}", Cancel);
        Assert.False(TestPhotos.HasExif(published));
        Assert.Null(TestPhotos.GpsLatitudeOf(published));
        var species = WebUtility.HtmlDecode(await app.Client.GetStringAsync($"territoires/{Gap}/atlas/especes/4001", Cancel));
        Assert.Contains($"/territoires/{Gap}/photos/{photo.Id}/miniature", species, StringComparison.Ordinal);
        Assert.Contains("© Mésange42", species, StringComparison.Ordinal);
        Assert.Contains("CC-BY-4.0", species, StringComparison.Ordinal);

        var notifications = WebUtility.HtmlDecode(await contributor.Client.GetStringAsync("compte/notifications", Cancel));
        Assert.Contains("Observation vérifiée : Certain - très probable", notifications, StringComparison.Ordinal);
        var mail = await smtp.WaitForMessageAsync(m => m.Subject?.Contains("Certain - très probable", StringComparison.Ordinal) == true, TimeSpan.FromSeconds(20), Cancel);
        Assert.Contains("Merci pour la photo !", mail.TextBody ?? mail.HtmlBody, StringComparison.Ordinal);
    });

    [Fact]
    public Task Erasing_a_contributor_keeps_the_validated_fact_without_name_comment_or_photo() => RunAsync(async (app, database, people, _) =>
    {
        using var contributor = await SignedInAsync(app, "naturaliste@exemple.fr");
        using var content = Multipart(Fields(), (TestPhotos.JpegWithGps(), "IMG_0002.jpg"));
        using var sent = await contributor.PostMultipartAsync($"territoires/{Gap}/atlas/contribuer", content, Cancel);
        var id = sent.Headers.Location!.OriginalString.Split("envoyee=")[1];
        using var expert = await SignedInAsync(app, "experte@exemple.fr");
        (await DecideAsync(expert, id, "2", "Probable.")).Dispose();

        var data = app.Services.GetRequiredService<CoeurDeVille.Storage.Accounts.AccountData>();
        var export = JsonSerializer.Serialize(await data.ExportAsync(people.Contributor, Cancel));
        Assert.Contains("Au bord du canal, le matin.", export, StringComparison.Ordinal);
        Assert.Contains("Probable", export, StringComparison.Ordinal);

        await data.DeleteAsync(people.Contributor, Cancel);
        var kept = (await app.Services.GetRequiredService<SubmissionStore>().FindAsync(Gap, id, Cancel))!;
        Assert.Null(kept.UserId);
        Assert.Null(kept.AuthorName);
        Assert.Null(kept.Comment);
        Assert.Equal(ValidationLevel.Probable, kept.Level);
        await using var db = database.Factory.CreateDbContext();
        Assert.Equal(0, await db.Photos.CountAsync(Cancel));
        using var commune = JsonDocument.Parse(await app.Client.GetStringAsync($"api/v1/territoires/{Gap}/biodiversite/communes/{Gap}", Cancel));
        Assert.Equal(1, commune.RootElement.GetProperty("figure").GetProperty("observations").GetInt64());
    });
}
