namespace CoeurDeVille.Extraction.Sources;

/// <summary>Paging of a JSON API source (Géorisques style by default).</summary>
public sealed class ApiPaging
{
    /// <summary>Property path of the items array (<c>data</c>, <c>results</c>…).</summary>
    public string Items { get; set; } = "data";

    /// <summary>Property path of the next page URL (<c>next</c>, <c>links.next</c>); null to increment a page parameter.</summary>
    public string? Next { get; set; } = "next";

    public string PageParameter { get; set; } = "page";

    /// <summary>Property path of the total page count, when the API gives one.</summary>
    public string? TotalPages { get; set; } = "total_pages";

    /// <summary>Flattened property names of the longitude and latitude, when items carry points that way.</summary>
    public string? Longitude { get; set; }

    public string? Latitude { get; set; }
}
