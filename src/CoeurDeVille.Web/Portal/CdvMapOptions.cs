namespace CoeurDeVille.Web.Portal;

/// <summary>The <c>Cdv:Carte</c> settings of the map islands.</summary>
public sealed class CdvMapOptions
{
    /// <summary>MapLibre style URL of the background map (<c>FondStyleUrl</c>); empty = the shapes alone on a plain background (offline, tests).</summary>
    public string? FondStyleUrl { get; set; }
}
