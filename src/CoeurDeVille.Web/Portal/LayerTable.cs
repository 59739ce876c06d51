using System.Text.Json;
using CoeurDeVille.Storage.Layers;

namespace CoeurDeVille.Web.Portal;

/// <summary>
/// One page of a layer as an HTML table: sorted and filtered by the database, links built from the query string so
/// sorting, filtering and paging work without JavaScript.
/// </summary>
public sealed class LayerTable
{
    public const int PageSize = 50;

    private LayerTable(LayerInfo layer, IReadOnlyList<IReadOnlyList<string>> rows, long matched, string? sort, bool descending, string? filter, int page)
    {
        Layer = layer;
        Rows = rows;
        Matched = matched;
        Sort = sort;
        Descending = descending;
        Filter = filter;
        Page = page;
    }

    public LayerInfo Layer { get; }

    public IReadOnlyList<string> Columns => Layer.Columns.Select(c => c.Name).ToList();

    public IReadOnlyList<IReadOnlyList<string>> Rows { get; }

    public long Matched { get; }

    public string? Sort { get; }

    public bool Descending { get; }

    public string? Filter { get; }

    /// <summary>1-based page number.</summary>
    public int Page { get; }

    public long PageCount => Math.Max(1, (Matched + PageSize - 1) / PageSize);

    /// <summary>Reads one page; an unknown sort column is ignored rather than refused (links may be old).</summary>
    public static async Task<LayerTable> ReadAsync(
        LayerStore store, LayerInfo layer, string? sort, string? order, string? filter, int page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(layer);
        var column = layer.Columns.Any(c => c.Name == sort) ? sort : null;
        var descending = string.Equals(order, "desc", StringComparison.OrdinalIgnoreCase);
        var text = string.IsNullOrWhiteSpace(filter) ? null : filter.Trim()[..Math.Min(filter.Trim().Length, 200)];
        page = Math.Max(1, page);
        var result = await store.PreviewAsync(
            layer, new LayerPreviewRequest(column, descending, text, (long)(page - 1) * PageSize, PageSize), cancellationToken);
        var rows = result.Features.Select(f => Values(layer, f.PropertiesJson)).ToList();
        return new LayerTable(layer, rows, result.NumberMatched ?? rows.Count, column, descending, text, page);
    }

    /// <summary>The query string of this table with some values changed (null removes a parameter).</summary>
    public string Link(string? sort = null, bool? descending = null, int? page = null)
    {
        var values = new List<string>();
        var column = sort ?? Sort;
        if (column is not null)
        {
            values.Add("tri=" + Uri.EscapeDataString(column));
            values.Add("ordre=" + ((descending ?? Descending) ? "desc" : "asc"));
        }

        if (Filter is not null)
        {
            values.Add("filtre=" + Uri.EscapeDataString(Filter));
        }

        values.Add("page=" + (page ?? Page));
        return "?" + string.Join('&', values) + "#apercu";
    }

    private static List<string> Values(LayerInfo layer, string json)
    {
        using var document = JsonDocument.Parse(json);
        return layer.Columns.Select(c => document.RootElement.TryGetProperty(c.Name, out var value) ? Text(value) : "").ToList();
    }

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? "",
        JsonValueKind.Null or JsonValueKind.Undefined => "",
        _ => value.GetRawText(),
    };
}
