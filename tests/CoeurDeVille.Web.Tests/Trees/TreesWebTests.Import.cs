using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using CoeurDeVille.Modules.Trees.Import;
using CoeurDeVille.Modules.Trees.Mapping;
using CoeurDeVille.Storage.Accounts;
using CoeurDeVille.Storage.Trees;
using CoeurDeVille.TestSupport;
using CoeurDeVille.Web.Tests.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CoeurDeVille.Web.Tests.Trees;

/// <summary>The import assistant through its pages: upload, proposed mapping, preview, all-or-nothing import, mapping download.</summary>
public abstract partial class TreesWebTests
{
    private static string ImportPage => $"territoires/{TwoTerritories.A}/arbres/importer";

    private async Task<(FormSession Agent, string MappingPage)> UploadAsync(RunningWebApp app, AccountSeed seed, string path)
    {
        await seed.HostAsync(TwoTerritories.A, TwoTerritories.B);
        await seed.UserAsync("agent@ales.fr", TerritoryRole.Agent, [TwoTerritories.A]);
        var agent = new FormSession(app.Address);
        await agent.SignInAsync("agent@ales.fr", AccountSeed.Password, Cancel);
        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(await File.ReadAllBytesAsync(path, Cancel));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(file, "fichier", Path.GetFileName(path));
        using var uploaded = await agent.PostMultipartAsync(ImportPage + "?handler=televerser", content, Cancel);
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        return (agent, uploaded.Headers.Location!.OriginalString.TrimStart('/'));
    }

    /// <summary>The form's fields as the browser would post them: hidden inputs, the selected option of each select, the textarea.</summary>
    private static List<KeyValuePair<string, string>> FormFields(string html)
    {
        var fields = new List<KeyValuePair<string, string>>();
        var form = html[html.IndexOf("<form method=\"post\">", StringComparison.Ordinal)..];
        form = form[..form.IndexOf("</form>", StringComparison.Ordinal)];
        foreach (Match m in Regex.Matches(form, "<input type=\"hidden\" name=\"(\\w+)\" value=\"([^\"]*)\"|<select id=\"[^\"]*\" name=\"(\\w+)\">(.*?)</select>|<textarea id=\"[^\"]*\" name=\"(\\w+)\"[^>]*>([^<]*)</textarea>", RegexOptions.Singleline))
        {
            if (m.Groups[1].Success && m.Groups[1].Value != "__RequestVerificationToken")
            {
                fields.Add(new(m.Groups[1].Value, WebUtility.HtmlDecode(m.Groups[2].Value)));
            }
            else if (m.Groups[3].Success)
            {
                var selected = Regex.Match(m.Groups[4].Value, "<option value=\"([^\"]*)\" selected=\"selected\"");
                fields.Add(new(m.Groups[3].Value, selected.Success ? WebUtility.HtmlDecode(selected.Groups[1].Value) : ""));
            }
            else if (m.Groups[5].Success)
            {
                fields.Add(new(m.Groups[5].Value, WebUtility.HtmlDecode(m.Groups[6].Value)));
            }
        }

        return fields;
    }

    [Fact]
    public Task The_real_grenoble_inventory_goes_through_the_assistant_and_its_mapping_serves_the_command_line() => RunAsync(async (app, database, seed, _) =>
    {
        var (agent, mappingPage) = await UploadAsync(app, seed, GrenobleFile);
        using var session = agent;
        var html = WebUtility.HtmlDecode(await agent.Client.GetStringAsync(mappingPage, Cancel));
        Assert.Contains("la correspondance fournie « grenoble » est appliquée", html, StringComparison.Ordinal);
        Assert.Contains("proposé d'après l'étendue des coordonnées : EPSG:3945", html, StringComparison.Ordinal);
        var fields = FormFields(await agent.Client.GetStringAsync(mappingPage, Cancel));
        var rows = CountRows(GrenobleFile, "GENRE_BOTA", "Tilia").Rows;

        using var preview = await agent.PostFormAsync(ImportPage + "?handler=apercu", fields, Cancel, tokenPage: mappingPage);
        var previewHtml = WebUtility.HtmlDecode(await preview.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains($"{rows.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("fr-FR"))} arbre(s) valides", previewHtml, StringComparison.Ordinal);
        Assert.Equal(0, await CountTreesAsync(database, TwoTerritories.A)); // a preview stores nothing

        using var download = await agent.PostFormAsync(ImportPage + "?handler=correspondance", fields, Cancel, tokenPage: mappingPage);
        Assert.Equal("application/json", download.Content.Headers.ContentType?.MediaType);
        var json = Path.Combine(Path.GetTempPath(), $"correspondance-{Guid.NewGuid():N}.json");
        await File.WriteAllBytesAsync(json, await download.Content.ReadAsByteArrayAsync(Cancel), Cancel);
        try
        {
            // What `cdv arbres importer --correspondance` does with it: the same trees as the shipped mapping gives.
            var viaDownload = TreeInventoryImporter.Import(GrenobleFile, TreeMapping.Resolve(json), Cancel);
            var viaShipped = TreeInventoryImporter.Import(GrenobleFile, TreeMapping.BuiltIn("grenoble"), Cancel);
            Assert.Equal(viaShipped.Trees, viaDownload.Trees);
        }
        finally
        {
            File.Delete(json);
        }

        using var imported = await agent.PostFormAsync(ImportPage + "?handler=importer", fields, Cancel, tokenPage: mappingPage);
        Assert.Contains("Import terminé", WebUtility.HtmlDecode(await imported.Content.ReadAsStringAsync(Cancel)), StringComparison.Ordinal);
        Assert.Equal(rows, await CountTreesAsync(database, TwoTerritories.A));
        using var gone = await agent.Client.GetAsync(mappingPage, Cancel);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode); // the upload is removed once imported
    });

    [Fact]
    public Task A_file_with_other_names_and_lambert_93_gets_proposals_translations_and_a_bad_row_stores_nothing() => RunAsync(async (app, database, seed, _) =>
    {
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, "patrimoine.csv");
        // Two trees near Alès in Lambert-93 (written by hand here; reprojected values checked against the real position below).
        await File.WriteAllTextAsync(path, "Numéro;X;Y;Genre;Espèce;Hauteur\n1;786012.5;6336020.1;Erable;campestre;850\n2;786100.0;6336100.0;Tilia;cordata;grand\n", new UTF8Encoding(false), Cancel);
        var (agent, mappingPage) = await UploadAsync(app, seed, path);
        using var session = agent;
        var fields = FormFields(await agent.Client.GetStringAsync(mappingPage, Cancel));
        Assert.Contains(new KeyValuePair<string, string>("epsg", "2154"), fields);
        Assert.Contains(new KeyValuePair<string, string>("x", "X"), fields);
        Assert.Contains(new KeyValuePair<string, string>("identifiant", "Numéro"), fields);
        Assert.Equal(["genre_arbre", "espece_arbre", "hauteur"], fields.Where(f => f.Key == "champs" && f.Value.Length > 0).Select(f => f.Value));
        fields.RemoveAll(f => f.Key == "traductions");
        fields.Add(new("traductions", "genre_arbre : Erable = Acer"));

        using var refused = await agent.PostFormAsync(ImportPage + "?handler=importer", fields, Cancel, tokenPage: mappingPage);
        var refusedHtml = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("rien n'a été importé", refusedHtml, StringComparison.Ordinal);
        Assert.Matches("<td>3</td><td>hauteur</td><td>grand</td>", refusedHtml);
        Assert.Equal(0, await CountTreesAsync(database, TwoTerritories.A));

        // The agent fixes the file's second row by leaving the height out: still refused? No — drop the column.
        var withoutHeight = fields.Select(f => f.Key == "champs" && f.Value == "hauteur" ? new KeyValuePair<string, string>("champs", "") : f).ToList();
        using var imported = await agent.PostFormAsync(ImportPage + "?handler=importer", withoutHeight, Cancel, tokenPage: mappingPage);
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        var trees = await app.Services.GetRequiredService<TreeStore>().ListAsync(TwoTerritories.A, Cancel);
        Assert.Equal(["Acer", "Tilia"], trees.Select(t => t.Genus));
        Assert.InRange(trees[0].Longitude, 4.0, 4.2);
        Assert.InRange(trees[0].Latitude, 44.0, 44.3);
        await using var db = database.Factory.CreateDbContext();
        Assert.Equal(2, await db.Set<TreeVersion>().CountAsync(v => v.TerritoryCode == TwoTerritories.A, Cancel));
    });

    [Fact]
    public Task The_assistant_refuses_other_accounts_and_unreadable_uploads() => RunAsync(async (app, database, seed, _) =>
    {
        using var folder = new TemporaryFolder();
        var binary = Path.Combine(folder.Path, "arbres.csv");
        await File.WriteAllBytesAsync(binary, [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00], Cancel);
        await seed.HostAsync(TwoTerritories.A, TwoTerritories.B);
        await seed.UserAsync("agent@ales.fr", TerritoryRole.Agent, [TwoTerritories.A]);
        using var anonymous = new FormSession(app.Address);
        using var refused = await anonymous.Client.GetAsync(ImportPage, Cancel);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        using var agent = new FormSession(app.Address);
        await agent.SignInAsync("agent@ales.fr", AccountSeed.Password, Cancel);
        using var otherTerritory = await agent.Client.GetAsync($"territoires/{TwoTerritories.B}/arbres/importer", Cancel);
        Assert.Equal(HttpStatusCode.Forbidden, otherTerritory.StatusCode);
        using var content = new MultipartFormDataContent { { new ByteArrayContent(await File.ReadAllBytesAsync(binary, Cancel)), "fichier", "arbres.csv" } };
        using var bad = await agent.PostMultipartAsync(ImportPage + "?handler=televerser", content, Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(0, await CountTreesAsync(database, TwoTerritories.A));
    });
}
