using CoeurDeVille.Core.Validation;
using CoeurDeVille.Modules.Trees.SchemaArbre;
using CoeurDeVille.Storage.Trees;

namespace CoeurDeVille.Modules.Trees.Editing;

/// <summary>
/// Checks an edit of one tree with the schema-arbre Table Schema (the import's validator) and applies it when it
/// passes. Errors come back by field, in French, with the expected form.
/// </summary>
public static class TreeEditCheck
{
    /// <summary>Errors by schema field name (empty when the edit is valid).</summary>
    public static IReadOnlyDictionary<string, string> Check(long treeId, Func<string, string?> posted)
    {
        ArgumentNullException.ThrowIfNull(posted);
        var row = TreeFields.Row(treeId, posted);
        var report = TableValidator.Validate("modification", [[.. SchemaArbreFields.All], row], SchemaArbreSchema.Table, new ValidationOptions { LimitErrors = 100 });
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var error in report.Errors)
        {
            var field = error.FieldName ?? "";
            var label = TreeFields.All.FirstOrDefault(f => f.Name == field)?.Label ?? field;
            var separator = error.Message.IndexOf(" : ", StringComparison.Ordinal);
            var detail = separator >= 0 ? error.Message[(separator + 3)..] : error.Message;
            errors.TryAdd(field, $"{label} : « {error.Cell} » refusé — {detail}");
        }

        return errors;
    }

    /// <summary>The edit to give <see cref="TreeStore.EditAsync"/>; call only after <see cref="Check"/> found no error.</summary>
    public static Action<StoredTree> Edit(long treeId, Func<string, string?> posted, string? health)
    {
        var row = TreeFields.Row(treeId, posted);
        return tree =>
        {
            TreeFields.Apply(tree, row);
            tree.Health = string.IsNullOrWhiteSpace(health) ? null : health.Trim();
        };
    }
}
