namespace CoeurDeVille.Core.Validation;

/// <summary>A foreign key: <paramref name="Fields"/> must match <paramref name="ReferenceFields"/> of <paramref name="ReferenceResource"/> ("" = this table).</summary>
public sealed record ForeignKey(IReadOnlyList<string> Fields, string ReferenceResource, IReadOnlyList<string> ReferenceFields)
{
    public bool IsSelfReference => ReferenceResource.Length == 0;
}
