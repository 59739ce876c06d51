namespace CoeurDeVille.Extraction.Sources;

/// <summary>Paging of a JSON API source.</summary>
public sealed class ApiPaging
{
    /// <summary>Property path of the items array (<c>data</c>, <c>results</c>…).</summary>
    public string Items { get; set; } = "data";

    /// <summary>Property path of the next page URL (<c>next</c>, <c>links.next</c>); null to increment a page parameter.</summary>
    public string? Next { get; set; }

    public string PageParameter { get; set; } = "page";
}
