using System.Text;
using CoeurDeVille.Web.Validation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoeurDeVille.Web.Pages.Validation;

/// <summary>The validation page: the form, then on post the French report with its JSON and CSV downloads.</summary>
public sealed class IndexModel(SchemaCatalogue schemas, UploadValidator validator, CdvValidationOptions options) : PageModel
{
    public IReadOnlyList<KnownSchema> Schemas => schemas.All;

    public long MaxUploadBytes => options.MaxUploadBytes;

    [BindProperty]
    public IFormFile? Fichier { get; set; }

    [BindProperty]
    public string? Schema { get; set; } = UploadValidator.Automatic;

    [BindProperty]
    public string? SchemaUrl { get; set; }

    public ValidationOutcome? Outcome { get; private set; }

    public string? FileError { get; private set; }

    public string? SchemaError { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Fichier is null || Fichier.Length == 0)
        {
            FileError = "Choisissez un fichier CSV ou XLSX à valider.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var choice = string.IsNullOrWhiteSpace(SchemaUrl) ? Schema : SchemaUrl.Trim();
        try
        {
            await using var stream = Fichier.OpenReadStream();
            Outcome = await validator.ValidateAsync(stream, Path.GetFileName(Fichier.FileName), choice, cancellationToken);
        }
        catch (UploadRejectedException exception)
        {
            FileError = exception.Message;
            Response.StatusCode = exception.StatusCode;
        }
        catch (SchemaChoiceException exception)
        {
            SchemaError = exception.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }

    /// <summary>A <c>data:</c> URL of a download, so the report is downloadable without storing anything on the server.</summary>
    public static string DataUrl(string mediaType, string content) =>
        $"data:{mediaType};charset=utf-8;base64,{Convert.ToBase64String(Encoding.UTF8.GetBytes(content))}";

    public static string DownloadName(string file, string extension) =>
        $"rapport-{Path.GetFileNameWithoutExtension(file)}.{extension}";
}
