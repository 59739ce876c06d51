using System.Security.Claims;

namespace CoeurDeVille.Web.Extractor.Publication;

/// <summary>
/// Who may publish an extraction to a territory's catalogue. INTEGRATION POINT: replace <see cref="CanPublishTo"/>
/// with the accounts service (agent or admin of that territory, animator of it). Until then publication is allowed
/// only when <c>Cdv:Extracteur:AllowPublication</c> is true.
/// </summary>
public sealed class PublicationAuthorization(ExtractorOptions options)
{
    public bool CanPublishTo(ClaimsPrincipal user, string territoryCode) => options.AllowPublication;
}
