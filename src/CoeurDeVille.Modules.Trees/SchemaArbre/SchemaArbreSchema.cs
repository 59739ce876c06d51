using CoeurDeVille.Core.Validation;

namespace CoeurDeVille.Modules.Trees.SchemaArbre;

/// <summary>
/// The national schema « Attributs des arbres urbains » v0.2.0 (NaturalSolutions/schema-arbre, etalab-2.0),
/// embedded as published so imports and exports validate offline.
/// </summary>
public static class SchemaArbreSchema
{
    private static readonly Lazy<string> JsonText = new(ReadJson);
    private static readonly Lazy<TableSchema> Parsed = new(() => TableSchema.Parse(JsonText.Value));

    public const string Version = "0.2.0";

    public static string Json => JsonText.Value;

    public static TableSchema Table => Parsed.Value;

    private static string ReadJson()
    {
        using var stream = typeof(SchemaArbreSchema).Assembly.GetManifestResourceStream("CoeurDeVille.Modules.Trees.schema-arbre.json")
            ?? throw new InvalidOperationException("schema-arbre.json is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
