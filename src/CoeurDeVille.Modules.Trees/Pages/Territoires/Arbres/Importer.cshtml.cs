using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CoeurDeVille.Core.Uploads;
using CoeurDeVille.Modules.Trees.Import;
using CoeurDeVille.Modules.Trees.Import.Assistant;
using CoeurDeVille.Modules.Trees.Inventory;
using CoeurDeVille.Modules.Trees.Mapping;
using CoeurDeVille.Modules.Trees.Publication;
using CoeurDeVille.Modules.Trees.Web;
using CoeurDeVille.Storage.Accounts;
using CoeurDeVille.Storage.Audit;
using CoeurDeVille.Storage.Files;
using CoeurDeVille.Storage.Trees;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoeurDeVille.Modules.Trees.Pages.Territoires.Arbres;

/// <summary>
/// The import assistant for agents: upload (CSV, XLSX, GeoJSON, checked by <see cref="UploadInspector"/>, kept in the
/// <see cref="IFileStore"/> under the territory and a random id between steps), mapping (a field per column with a
/// sample, projection, id column, value translations; proposals from <see cref="MappingSuggester"/>), preview (first
/// rows as stored, every error by line and field), then the all-or-nothing import through the module's importer.
/// The mapping downloads as JSON for <c>cdv arbres importer --correspondance</c>.
/// </summary>
public sealed partial class ImporterModel(
    TreeInventoryPublisher publisher, TerritoryPermissions permissions, AuditLog audit, IFileStore files, UploadInspector inspector) : PageModel
{
    public const int PreviewRows = 10;

    public string Code { get; private set; } = "";

    /// <summary>The uploaded file's id in the file store (« 32 hex digits + extension »).</summary>
    public string? FileId { get; private set; }

    public FilePreview? Preview { get; private set; }

    /// <summary>Current choices: column → field, coordinates, projection, id column, translations, shipped mapping kept.</summary>
    public Dictionary<string, string> Fields { get; private set; } = new(StringComparer.Ordinal);

    public string? X { get; private set; }

    public string? Y { get; private set; }

    public int Epsg { get; private set; } = 4326;

    public string? IdColumn { get; private set; }

    public string? Translations { get; private set; }

    public string? Basis { get; private set; }

    public TreeImportResult? Result { get; private set; }

    public TreeImportSummary? Imported { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, string? fichier)
    {
        if (!await TreeWriters.MayWriteAsync(User, permissions, code, HttpContext.RequestAborted))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Code = code;
        if (fichier is null)
        {
            return Page();
        }

        return await WithFileAsync(code, fichier, path =>
        {
            Preview = FilePreview.Read(path);
            Basis = Preview.BuiltInMapping;
            Fields = Preview.Columns.Where(c => c.SuggestedField is not null).ToDictionary(c => c.Name, c => c.SuggestedField!, StringComparer.Ordinal);
            (X, Y, Epsg) = (Preview.XColumn, Preview.YColumn, Preview.SuggestedEpsg ?? 4326);
            IdColumn = Preview.IdColumn;
            return Task.FromResult<IActionResult>(Page());
        });
    }

    public async Task<IActionResult> OnPostTeleverserAsync(string code, IFormFile? fichier)
    {
        var cancel = HttpContext.RequestAborted;
        if (!await TreeWriters.MayWriteAsync(User, permissions, code, cancel))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Code = code;
        if (fichier is not { Length: > 0 })
        {
            return Fail("Choisissez un fichier d'inventaire (CSV, XLSX ou GeoJSON) non vide.");
        }

        var extension = Path.GetExtension(fichier.FileName).ToLowerInvariant();
        if (extension is not (".csv" or ".xlsx" or ".geojson" or ".json"))
        {
            return Fail($"« {Path.GetFileName(fichier.FileName)} » : extension {extension} refusée ; formats acceptés : .csv, .xlsx, .geojson.");
        }

        await using var upload = fichier.OpenReadStream();
        var inspection = await inspector.InspectAsync(upload, fichier.FileName, [UploadKind.Csv, UploadKind.Xlsx, UploadKind.GeoJson], cancel);
        if (!inspection.IsAccepted)
        {
            return Fail(inspection.Problem!);
        }

        var id = Guid.NewGuid().ToString("N") + extension;
        var temporary = Path.Combine(Path.GetTempPath(), "cdv-arbres-" + id);
        try
        {
            await using (var copy = System.IO.File.Create(temporary))
            {
                upload.Position = 0;
                await upload.CopyToAsync(copy, cancel);
            }

            await files.SaveAsync(Key(code, id), temporary, cancel);
        }
        finally
        {
            System.IO.File.Delete(temporary);
        }

        return Redirect($"/territoires/{code}/arbres/importer?fichier={id}");
    }

    public Task<IActionResult> OnPostApercuAsync(string code, string fichier) => RunAsync(code, fichier, store: false);

    public Task<IActionResult> OnPostImporterAsync(string code, string fichier) => RunAsync(code, fichier, store: true);

    public async Task<IActionResult> OnPostCorrespondanceAsync(string code, string fichier)
    {
        if (!await TreeWriters.MayWriteAsync(User, permissions, code, HttpContext.RequestAborted))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Code = code;
        ReadChoices();
        TreeMapping mapping;
        try
        {
            mapping = Build();
        }
        catch (InvalidDataException exception)
        {
            return await WithFileAsync(code, fichier, path =>
            {
                Preview = FilePreview.Read(path);
                return Task.FromResult(Fail(exception.Message));
            });
        }

        return File(Encoding.UTF8.GetBytes(MappingDraft.ToJson(mapping)), "application/json; charset=utf-8", $"correspondance-arbres-{code}.json");
    }

    private async Task<IActionResult> RunAsync(string code, string fichier, bool store)
    {
        var cancel = HttpContext.RequestAborted;
        if (!await TreeWriters.MayWriteAsync(User, permissions, code, cancel))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Code = code;
        ReadChoices();
        return await WithFileAsync(code, fichier, async path =>
        {
            Preview = FilePreview.Read(path);
            TreeMapping mapping;
            try
            {
                mapping = Build();
            }
            catch (InvalidDataException exception)
            {
                return Fail(exception.Message);
            }

            var needsMapping = Preview.HasGeometry is false || Fields.Count > 0 || IdColumn is not null;
            Result = TreeInventoryImporter.Import(path, needsMapping ? mapping : null, cancel);
            if (!Result.Succeeded)
            {
                return Fail($"{Result.ErrorCount} erreur(s) : rien n'a été importé. Corrigez le fichier ou la correspondance.");
            }

            if (!store)
            {
                return Page();
            }

            var actor = TreeWriters.Actor(User);
            try
            {
                Imported = await publisher.ImportAsync(code, Result, actor.Name, actor.UserId, cancel);
            }
            catch (TreeStoreException exception)
            {
                return Fail(exception.Message);
            }

            await audit.RecordAsync(actor, "arbres.import", code, Result.File,
                new { Imported.Created, Imported.Updated, Imported.Unchanged, correspondance = mapping.Name }, cancel);
            await files.DeleteFolderAsync($"arbres-imports/{code}/{fichier}", cancel);
            return Page();
        });
    }

    private void ReadChoices()
    {
        var form = Request.Form;
        var columns = form["colonnes"];
        var targets = form["champs"];
        Fields = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < columns.Count && i < targets.Count; i++)
        {
            if (columns[i] is { Length: > 0 } column && targets[i] is { Length: > 0 } target)
            {
                Fields[column] = target;
            }
        }

        X = Blank(form["x"]);
        Y = Blank(form["y"]);
        Epsg = int.TryParse(form["epsg"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var epsg) ? epsg : 4326;
        IdColumn = Blank(form["identifiant"]);
        Translations = Blank(form["traductions"]);
        Basis = Blank(form["base"]) is { } b && TreeMapping.BuiltInNames.Contains(b) ? b : null;
    }

    private TreeMapping Build()
    {
        if (!MappingSuggester.Projections.Any(p => p.Epsg == Epsg))
        {
            throw new InvalidDataException($"Projection EPSG:{Epsg} non proposée ; choisissez 4326, 2154 ou 3942 à 3950.");
        }

        if (Preview is { HasGeometry: false } && (X is null || Y is null))
        {
            throw new InvalidDataException("Choisissez les colonnes des coordonnées X (longitude ou abscisse) et Y (latitude ou ordonnée).");
        }

        return MappingDraft.Build(Basis, Fields, X, Y, Epsg, IdColumn, Translations);
    }

    /// <summary>Copies the stored upload to a temporary file (the importer reads paths) for the duration of <paramref name="use"/>.</summary>
    private async Task<IActionResult> WithFileAsync(string code, string fileId, Func<string, Task<IActionResult>> use)
    {
        var cancel = HttpContext.RequestAborted;
        if (!FileIdPattern().IsMatch(fileId) || await files.OpenReadAsync(Key(code, fileId), cancel) is not { } stored)
        {
            return Fail("Fichier téléversé introuvable (déjà importé ou expiré) : téléversez-le de nouveau.", StatusCodes.Status404NotFound);
        }

        FileId = fileId;
        var temporary = Path.Combine(Path.GetTempPath(), $"cdv-arbres-{Guid.NewGuid():N}{Path.GetExtension(fileId)}");
        try
        {
            await using (stored)
            await using (var copy = System.IO.File.Create(temporary))
            {
                await stored.CopyToAsync(copy, cancel);
            }

            return await use(temporary);
        }
        catch (InvalidDataException exception)
        {
            return Fail(exception.Message);
        }
        finally
        {
            System.IO.File.Delete(temporary);
        }
    }

    private IActionResult Fail(string message, int status = StatusCodes.Status400BadRequest)
    {
        Error = message;
        Response.StatusCode = status;
        return Page();
    }

    private static string Key(string code, string fileId) => $"arbres-imports/{code}/{fileId}/source{Path.GetExtension(fileId)}";

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex("^[0-9a-f]{32}\\.(csv|xlsx|geojson|json)$")]
    private static partial Regex FileIdPattern();
}
