using System.Globalization;
using System.Net;
using CoeurDeVille.Modules.Trees.Editing;
using CoeurDeVille.Storage.Accounts;
using CoeurDeVille.Storage.Audit;
using CoeurDeVille.Storage.Trees;
using CoeurDeVille.TestSupport;
using CoeurDeVille.Web.Tests.Accounts;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CoeurDeVille.Web.Tests.Trees;

/// <summary>The edit form (every field, checked by schema-arbre), the history as diffs, and the inventory at a past date.</summary>
public abstract partial class TreesWebTests
{
    private static List<KeyValuePair<string, string>> FormOf(StoredTree tree, params (string Field, string Value)[] changes)
    {
        var fields = TreeFields.Cells(tree).Where(c => c.Key != "id").Select(c => new KeyValuePair<string, string>(c.Key, c.Value)).ToList();
        foreach (var (field, value) in changes)
        {
            fields.RemoveAll(f => f.Key == field);
            fields.Add(new(field, value));
        }

        return fields;
    }

    [Fact]
    public Task An_agent_edits_every_field_through_the_form_and_the_history_shows_before_and_after() => RunAsync(async (app, _, seed, _) =>
    {
        await seed.HostAsync(TwoTerritories.A, TwoTerritories.B);
        await seed.UserAsync("agent@ales.fr", TerritoryRole.Agent, [TwoTerritories.A]);
        await ImportAsync(app, TwoTerritories.A, ExampleFile);
        var store = app.Services.GetRequiredService<TreeStore>();
        var before = (await store.FindAsync(TwoTerritories.A, 1, Cancel))!;
        var page = $"territoires/{TwoTerritories.A}/arbres/1/modifier";

        using var anonymous = new FormSession(app.Address);
        using var refused = await anonymous.Client.GetAsync(page, Cancel);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        using var agent = new FormSession(app.Address);
        await agent.SignInAsync("agent@ales.fr", AccountSeed.Password, Cancel);
        var form = await agent.Client.GetStringAsync(page, Cancel);
        Assert.Equal(TreeFields.All.Count, TreeFields.All.Count(f => form.Contains($"name=\"{f.Name}\"", StringComparison.Ordinal)));

        // Bad values: an error per field, in French, and nothing stored.
        using var bad = await agent.PostFormAsync(page, FormOf(before, ("hauteur", "grand"), ("code_insee", "123"), ("diametre", "-4")), Cancel);
        var badHtml = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Hauteur (cm) : « grand » refusé", badHtml, StringComparison.Ordinal);
        Assert.Contains("Code INSEE de la commune : « 123 » refusé", badHtml, StringComparison.Ordinal);
        Assert.Contains("Diamètre du tronc à 1,30 m (cm) : « -4 » refusé", badHtml, StringComparison.Ordinal);
        Assert.Single(await store.VersionsAsync(TwoTerritories.A, 1, Cancel));

        var newHeight = (before.HeightCm!.Value + 150).ToString(CultureInfo.InvariantCulture);
        using var saved = await agent.PostFormAsync(page, [.. FormOf(before, ("hauteur", newHeight), ("genre_arbre", "Tilia"), ("espece_arbre", "cordata"), ("arbre_remarquable", "Oui")), new("etat", "moyen")], Cancel);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var treePage = WebUtility.HtmlDecode(await agent.Client.GetStringAsync(saved.Headers.Location!.OriginalString, Cancel));
        Assert.Contains("Modification enregistrée (5 champ(s)).", treePage, StringComparison.Ordinal);
        Assert.Contains("Historique des modifications", treePage, StringComparison.Ordinal);
        Assert.Contains($"Hauteur (cm) : {before.HeightCm.Value.ToString("0.#######", CultureInfo.GetCultureInfo("fr-FR"))} → {(before.HeightCm.Value + 150).ToString("0.#######", CultureInfo.GetCultureInfo("fr-FR"))}", treePage, StringComparison.Ordinal);
        Assert.Contains($"Genre : {before.Genus} → Tilia", treePage, StringComparison.Ordinal);
        Assert.Contains("État sanitaire : — → moyen", treePage, StringComparison.Ordinal);

        var after = (await store.FindAsync(TwoTerritories.A, 1, Cancel))!;
        Assert.Equal((before.HeightCm + 150, "Tilia", "cordata", true, "moyen", before.Address), (after.HeightCm, after.Genus, after.Species, after.Remarkable, after.Health, after.Address));
        var versions = await store.VersionsAsync(TwoTerritories.A, 1, Cancel);
        Assert.Equal((TreeChangeKind.Edited, "agent@ales.fr"), (versions[^1].Kind, versions[^1].Actor));
        var audit = await app.Services.GetRequiredService<AuditLog>().ListAsync(null, TwoTerritories.A, cancellationToken: Cancel);
        Assert.Contains(audit, e => e.Action == "arbres.modification" && e.Target == "1");

        // The published layer follows the edit (its features are numbered in space order: found by the tree's id).
        var item = await app.Client.GetStringAsync($"ogc/collections/{TwoTerritories.A}-arbres/items?id=1", Cancel);
        Assert.Contains("\"numberReturned\":1", item, StringComparison.Ordinal);
        Assert.Contains("\"genre_arbre\":\"Tilia\"", item, StringComparison.Ordinal);
    });

    [Fact]
    public Task The_inventory_and_a_tree_are_shown_as_they_were_at_a_past_date() => RunAsync(async (app, _, seed, clock) =>
    {
        await seed.HostAsync(TwoTerritories.A, TwoTerritories.B);
        await seed.UserAsync("agent@ales.fr", TerritoryRole.Agent, [TwoTerritories.A]);
        await ImportAsync(app, TwoTerritories.A, ExampleFile);
        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        var importDay = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), paris).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var dayBefore = TimeZoneInfo.ConvertTime(clock.GetUtcNow().AddDays(-1), paris).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        clock.Advance(TimeSpan.FromDays(2));
        using var agent = new FormSession(app.Address);
        await agent.SignInAsync("agent@ales.fr", AccountSeed.Password, Cancel);
        var tree = $"territoires/{TwoTerritories.A}/arbres/2";
        using var felled = await agent.PostFormAsync(tree + "?handler=intervention", [new("nature", "abattage"), new("date", "2025-03-14")], Cancel, tokenPage: tree);
        Assert.Equal(HttpStatusCode.OK, felled.StatusCode);

        var then = await app.Client.GetStringAsync($"territoires/{TwoTerritories.A}/arbres/etat?date={importDay}", Cancel);
        var now = await app.Client.GetStringAsync($"territoires/{TwoTerritories.A}/arbres/etat", Cancel);
        var never = await app.Client.GetStringAsync($"territoires/{TwoTerritories.A}/arbres/etat?date={dayBefore}", Cancel);
        Assert.Contains("<strong id=\"arbres-a-la-date\">4</strong>", then, StringComparison.Ordinal);
        Assert.Contains("<strong id=\"arbres-a-la-date\">3</strong>", now, StringComparison.Ordinal);
        Assert.Contains("<span id=\"retires-a-la-date\">1</span>", now, StringComparison.Ordinal);
        Assert.Contains("<strong id=\"arbres-a-la-date\">0</strong>", never, StringComparison.Ordinal);
        Assert.Contains($"href=\"/territoires/{TwoTerritories.A}/arbres/2?date={importDay}\"", then, StringComparison.Ordinal);

        var pastTree = await app.Client.GetStringAsync($"{tree}?date={importDay}", Cancel);
        var currentTree = await app.Client.GetStringAsync(tree, Cancel);
        Assert.DoesNotContain("arbre retiré", pastTree, StringComparison.Ordinal);
        Assert.Contains("arbre retiré", currentTree, StringComparison.Ordinal);
        using var notYet = await app.Client.GetAsync($"{tree}?date={dayBefore}", Cancel);
        Assert.Equal(HttpStatusCode.NotFound, notYet.StatusCode);
        using var unreadable = await app.Client.GetAsync($"territoires/{TwoTerritories.A}/arbres/etat?date=14/03/2025", Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, unreadable.StatusCode);
        Assert.Contains("attendue au format AAAA-MM-JJ", WebUtility.HtmlDecode(await unreadable.Content.ReadAsStringAsync(Cancel)), StringComparison.Ordinal);
    });
}
