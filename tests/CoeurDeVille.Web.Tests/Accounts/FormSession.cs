using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace CoeurDeVille.Web.Tests.Accounts;

/// <summary>
/// One browser: its own cookies, no automatic redirects. Posts forms the way a browser does — fetch the page, read
/// the antiforgery hidden field (its cookie is kept), post the fields with the token.
/// </summary>
public sealed partial class FormSession : IDisposable
{
    public FormSession(Uri address)
    {
        Client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = Cookies, UseCookies = true }) { BaseAddress = address };
    }

    public CookieContainer Cookies { get; } = new();

    public HttpClient Client { get; }

    /// <summary>The antiforgery token of the first form of <paramref name="page"/>.</summary>
    public async Task<string> TokenAsync(string page, CancellationToken cancellationToken)
    {
        using var response = await Client.GetAsync(page, cancellationToken);
        var html = await response.Content.ReadAsStringAsync(cancellationToken);
        var match = TokenField().Match(html);
        return match.Success
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException($"Pas de jeton antifalsification dans {page} ({(int)response.StatusCode}).");
    }

    /// <summary>Posts <paramref name="fields"/> to <paramref name="page"/>, with the token read from <paramref name="tokenPage"/> (default: the same page) unless null.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(
        string page, IEnumerable<KeyValuePair<string, string>> fields, CancellationToken cancellationToken, bool withToken = true, string? tokenPage = null)
    {
        var all = fields.ToList();
        if (withToken)
        {
            all.Add(new("__RequestVerificationToken", await TokenAsync(tokenPage ?? page, cancellationToken)));
        }

        return await Client.PostAsync(page, new FormUrlEncodedContent(all), cancellationToken);
    }

    /// <summary>Posts a multipart form (file uploads) with the page's token.</summary>
    public async Task<HttpResponseMessage> PostMultipartAsync(string page, MultipartFormDataContent content, CancellationToken cancellationToken)
    {
        content.Add(new StringContent(await TokenAsync(page, cancellationToken)), "__RequestVerificationToken");
        return await Client.PostAsync(page, content, cancellationToken);
    }

    public async Task SignInAsync(string email, string password, CancellationToken cancellationToken)
    {
        using var response = await PostFormAsync("connexion", [new("courriel", email), new("motDePasse", password)], cancellationToken);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Connexion de {email} refusée : {(int)response.StatusCode}.");
        }
    }

    public Task<HttpResponseMessage> PutJsonAsync<T>(string path, T body, CancellationToken cancellationToken) =>
        Client.PutAsJsonAsync(path, body, cancellationToken);

    public void Dispose() => Client.Dispose();

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
