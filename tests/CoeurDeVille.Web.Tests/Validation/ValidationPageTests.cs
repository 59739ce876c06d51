using System.Net;
using System.Text.RegularExpressions;
using CoeurDeVille.Core.Validation;
using CoeurDeVille.TestSupport;
using CoeurDeVille.Web.Validation;
using Xunit;

namespace CoeurDeVille.Web.Tests.Validation;

/// <summary>The <c>/validation</c> page over HTTP: the form, the antiforgery check, the French report and its downloads.</summary>
public sealed partial class ValidationPageTests
{
    private static readonly string Fixtures = SharedData.PathOf("standards", "tableschema-fixtures", "frictionless-py");

    private static async Task RunAsync(Func<RunningWebApp, CancellationToken, Task> test)
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var database = SqliteWebTestDatabase.Create();
        await using var app = await RunningWebApp.StartAsync(database, cancel);
        await test(app, cancel);
    }

    private static async Task<MultipartFormDataContent> FormAsync(RunningWebApp app, string path, string schema, CancellationToken cancel)
    {
        var page = await app.Client.GetStringAsync("validation", cancel);
        var token = Token().Match(page).Groups[1].Value;
        var form = ValidationApiTests.Upload(path, null);
        form.Add(new StringContent(schema), "Schema");
        form.Add(new StringContent(token), "__RequestVerificationToken");
        return form;
    }

    [Fact]
    public Task The_form_labels_every_field_and_lists_the_schemas() => RunAsync(async (app, cancel) =>
    {
        var html = await app.Client.GetStringAsync("validation", cancel);

        Assert.Contains("<html lang=\"fr\">", html, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(html, "<h1[ >]"));
        Assert.Contains("<label for=\"fichier\">", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"schema\">", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"schema-url\">", html, StringComparison.Ordinal);
        Assert.Contains("value=\"schema-arbre\"", html, StringComparison.Ordinal);
        Assert.Contains("Détection automatique", html, StringComparison.Ordinal);
    });

    [Fact]
    public Task Posting_a_bad_csv_shows_the_french_report_by_row_and_column() => RunAsync(async (app, cancel) =>
    {
        var path = Path.Combine(Fixtures, "invalid.csv");
        var expected = TableValidator.Validate(path, null, null, cancel);

        using var response = await app.Client.PostAsync("validation", await FormAsync(app, path, "", cancel), cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(cancel));
        Assert.Contains("Fichier non valide", html, StringComparison.Ordinal);
        Assert.Contains($"{expected.Errors.Count} erreur(s)", html, StringComparison.Ordinal);
        foreach (var (type, count) in expected.Counts)
        {
            Assert.Contains($"{ErrorTypeLabels.Name(type)} <span class=\"code\">({type})</span></th><td>{ErrorTypeLabels.Explanation(type)}</td><td class=\"nombre\">{count}</td>", html, StringComparison.Ordinal);
        }

        Assert.Equal(expected.Errors.Count, Regex.Matches(html, "<tr>\\s*<td>").Count);
        Assert.Contains("<caption id=\"legende-erreurs\">", html, StringComparison.Ordinal);
        Assert.Contains("download=\"rapport-invalid.json\"", html, StringComparison.Ordinal);
        Assert.Contains("download=\"rapport-invalid.csv\"", html, StringComparison.Ordinal);
    });

    [Fact]
    public Task The_report_downloads_are_the_json_report_and_a_csv_of_its_errors() => RunAsync(async (app, cancel) =>
    {
        var path = Path.Combine(Fixtures, "duplicate-headers.csv");
        var expected = TableValidator.Validate(path, null, new ValidationOptions { LimitErrors = 1000 }, cancel);

        using var response = await app.Client.PostAsync("validation", await FormAsync(app, path, "", cancel), cancel);

        var html = await response.Content.ReadAsStringAsync(cancel);
        var json = Download(html, "application/json");
        var csv = Download(html, "text/csv");
        Assert.Equal(expected.ToJson(), json);
        Assert.Equal(ValidationReportCsv.Write(expected), csv);
        Assert.Equal(expected.Errors.Count + 1, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    });

    [Fact]
    public Task Automatic_detection_names_the_schema_and_its_score() => RunAsync(async (app, cancel) =>
    {
        var path = SharedData.PathOf("trees", "schema-arbre", "exemple-valide.csv");

        using var response = await app.Client.PostAsync("validation", await FormAsync(app, path, UploadValidator.Automatic, cancel), cancel);

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(cancel));
        Assert.Matches("Schéma détecté automatiquement : <strong>[^<]+</strong> \\(<code>schema-arbre</code>\\), correspondance de \\d+", html);
    });

    [Fact]
    public Task A_refused_upload_is_reported_on_the_file_field() => RunAsync(async (app, cancel) =>
    {
        using var folder = new TemporaryFolder();
        var png = folder.File("photo.csv");
        await File.WriteAllBytesAsync(png, [0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10, 0, 0], cancel);

        using var response = await app.Client.PostAsync("validation", await FormAsync(app, png, "", cancel), cancel);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(cancel));
        Assert.Contains("aria-describedby=\"erreur-fichier\" aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.Contains("<p id=\"erreur-fichier\" class=\"erreur-champ\">photo.csv n'est ni un CSV ni un classeur XLSX : son contenu est une image.</p>", html, StringComparison.Ordinal);
    });

    [Fact]
    public Task The_form_refuses_a_post_without_antiforgery_token() => RunAsync(async (app, cancel) =>
    {
        using var response = await app.Client.PostAsync("validation", ValidationApiTests.Upload(Path.Combine(Fixtures, "table.csv"), null), cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    });

    private static string Download(string html, string mediaType)
    {
        var match = Regex.Match(html, $"href=\"data:{Regex.Escape(mediaType)};charset=utf-8;base64,([^\"]+)\"");
        Assert.True(match.Success, $"pas de lien {mediaType}");
        return System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(match.Groups[1].Value));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
