using System.Text.Json;

namespace CoeurDeVille.Web.Validation;

/// <summary>
/// The Table Schemas the instance knows, read once from the configured folders: every <c>.json</c> file whose root
/// has a <c>fields</c> array (data packages and JSON Schemas are left out). Missing folders are ignored.
/// </summary>
public sealed class SchemaCatalogue
{
    private readonly Lazy<IReadOnlyList<KnownSchema>> _schemas;

    public SchemaCatalogue(CdvValidationOptions options)
    {
        _schemas = new Lazy<IReadOnlyList<KnownSchema>>(() => Load(options.ResolvedFolders()));
    }

    public IReadOnlyList<KnownSchema> All => _schemas.Value;

    public KnownSchema? Find(string id) => All.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.Ordinal));

    private static List<KnownSchema> Load(IEnumerable<string> folders)
    {
        var schemas = new List<KnownSchema>();
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var root = Path.GetFullPath(folder);
            foreach (var file in Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                if (Read(root, file) is { } schema && schemas.All(s => s.Id != schema.Id))
                {
                    schemas.Add(schema);
                }
            }
        }

        schemas.Sort((a, b) => string.Compare(a.Title, b.Title, StringComparison.CurrentCultureIgnoreCase));
        return schemas;
    }

    private static KnownSchema? Read(string root, string file)
    {
        try
        {
            using var stream = File.OpenRead(file);
            using var document = JsonDocument.Parse(stream);
            var json = document.RootElement;
            if (json.ValueKind != JsonValueKind.Object || !json.TryGetProperty("fields", out var fields) || fields.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            var names = fields.EnumerateArray()
                .Select(f => f.ValueKind == JsonValueKind.Object && f.TryGetProperty("name", out var n) ? n.GetString() : null)
                .OfType<string>()
                .ToList();
            var id = IdOf(root, file);
            var title = json.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : id;
            return new KnownSchema(id, title, file, names);
        }
        catch (JsonException)
        {
            return null; // Not a schema we can offer; `cdv valider` reports why when it is given explicitly.
        }
    }

    private static string IdOf(string root, string file)
    {
        var relative = Path.GetRelativePath(root, Path.GetDirectoryName(file)!);
        var parts = relative == "." ? [Path.GetFileName(root)] : relative.Split(Path.DirectorySeparatorChar).ToList();
        var stem = Path.GetFileNameWithoutExtension(file);
        if (stem != "schema")
        {
            parts.Add(stem);
        }

        return string.Join('/', parts);
    }
}
