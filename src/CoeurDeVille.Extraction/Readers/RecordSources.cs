using CoeurDeVille.Extraction.Records;
using CoeurDeVille.Extraction.Sources;

namespace CoeurDeVille.Extraction.Readers;

/// <summary>Opens the record source that fits a source's declared format.</summary>
internal static class RecordSources
{
    public static IRecordSource Open(string path, SourceDescriptor source) =>
        RecordSourceFactory.Open(path)
        ?? throw new SourceFormatException(Path.GetFileName(path), null,
            $"format « {source.Format} » illisible : attendu GeoJSON (FeatureCollection), GeoPackage ou Shapefile zippé.");

    public static Task<PagedJsonApiSource> OpenApiAsync(HttpClient http, string url, SourceDescriptor source, CancellationToken cancellationToken)
    {
        var paging = source.Paging ?? new ApiPaging();
        var options = new PagedJsonApiOptions(new Uri(url))
        {
            ItemsPath = paging.Items,
            NextPath = paging.Next,
            PageParameter = paging.PageParameter,
            TotalPagesPath = paging.TotalPages,
            LongitudeProperty = paging.Longitude,
            LatitudeProperty = paging.Latitude,
        };
        return PagedJsonApiSource.OpenAsync(http, options, cancellationToken);
    }
}
