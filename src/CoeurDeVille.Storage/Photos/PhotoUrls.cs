namespace CoeurDeVille.Storage.Photos;

/// <summary>Site-relative addresses of a published photo and of its thumbnail.</summary>
public static class PhotoUrls
{
    public static string Of(string territoryCode, Guid id) =>
        $"/territoires/{Uri.EscapeDataString(territoryCode)}/photos/{id:D}";

    public static string ThumbnailOf(string territoryCode, Guid id) => Of(territoryCode, id) + "/miniature";
}
