namespace CoeurDeVille.Core.Uploads;

/// <summary>
/// Result of <see cref="UploadInspector.InspectAsync"/>: the detected <see cref="Kind"/>, its size, and
/// <see cref="Problem"/>, a French message for the user when the file must be refused (null when accepted).
/// </summary>
public sealed record UploadInspection(UploadKind Kind, long Length, string? Problem)
{
    public bool IsAccepted => Problem is null;

    /// <summary>Media type to serve or store the file with.</summary>
    public string MediaType => Kind switch
    {
        UploadKind.Csv => "text/csv",
        UploadKind.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        UploadKind.Json => "application/json",
        UploadKind.GeoJson => "application/geo+json",
        UploadKind.Zip => "application/zip",
        UploadKind.GeoPackage => "application/geopackage+sqlite3",
        UploadKind.Png => "image/png",
        UploadKind.Jpeg => "image/jpeg",
        UploadKind.Svg => "image/svg+xml",
        _ => "application/octet-stream",
    };
}
