namespace CoeurDeVille.Modules.Biodiversity.Tabular;

/// <summary>One data row: its first physical line number (1 = header) and its raw values.</summary>
internal readonly record struct DelimitedRow(int Line, string[] Values)
{
    /// <summary>The trimmed value at <paramref name="index"/>, or null when the column is absent or the value empty.</summary>
    public string? this[int index] => index >= 0 && index < Values.Length && Values[index].Trim() is { Length: > 0 } value ? value : null;
}
