namespace CoeurDeVille.Extraction.Readers;

/// <summary>How to walk a paged JSON API: where the items are, how the next page is found, where geometries are.</summary>
/// <param name="Url">URL of the first page, with its query (filters, page size).</param>
public sealed record PagedJsonApiOptions(Uri Url)
{
    /// <summary>Dotted path of the items array in a page ("data", "results", "features"); empty when the page is the array.</summary>
    public string ItemsPath { get; init; } = "data";

    /// <summary>Dotted path of the next page URL ("next", "links.next"); null to count pages with <see cref="PageParameter"/> instead.</summary>
    public string? NextPath { get; init; }

    /// <summary>Query parameter incremented from <see cref="FirstPage"/> until an empty page, when <see cref="NextPath"/> is null.</summary>
    public string PageParameter { get; init; } = "page";

    public int FirstPage { get; init; } = 1;

    /// <summary>Dotted path of the total page count ("total_pages"): paging stops at the last page even if a next link remains.</summary>
    public string? TotalPagesPath { get; init; }

    /// <summary>Dotted path of the current page number in a page ("page"), compared with <see cref="TotalPagesPath"/>.</summary>
    public string CurrentPagePath { get; init; } = "page";

    /// <summary>Guard against endless paging: more pages than this is an error, not a silent cut.</summary>
    public int MaxPages { get; init; } = 1000;

    /// <summary>Item property holding a GeoJSON geometry; when null, "geometry" or "geom" if the first page has one.</summary>
    public string? GeometryProperty { get; init; }

    /// <summary>Flattened column names of the longitude and latitude (WGS84) when points come as two values.</summary>
    public string? LongitudeProperty { get; init; }

    public string? LatitudeProperty { get; init; }

    /// <summary>
    /// The Géorisques API v1 envelope: items in <c>data</c>, absolute <c>next</c> link (null on the last page),
    /// <c>page</c> and <c>total_pages</c> — paging stops on whichever comes first.
    /// </summary>
    public static PagedJsonApiOptions Georisques(Uri url) => new(url)
    {
        ItemsPath = "data",
        NextPath = "next",
        TotalPagesPath = "total_pages",
        CurrentPagePath = "page",
    };
}
