using System.Globalization;
using System.Text;
using CoeurDeVille.Storage.HostedTerritories;

namespace CoeurDeVille.Web.Looks;

/// <summary>
/// The look of one hosted territory as its pages apply it: the name and logo of the header and the colours, turned
/// into CSS custom properties. Text colours are chosen by contrast (<see cref="TerritoryLook.TextColourOn"/>).
/// </summary>
public sealed record TerritoryTheme(string Code, string Name, string? Primary, string? Secondary, bool HasLogo)
{
    /// <summary>White or black, whichever reads best on <see cref="Primary"/>.</summary>
    public string? PrimaryText => Primary is null ? null : TerritoryLook.TextColourOn(Primary);

    public string? SecondaryText => Secondary is null ? null : TerritoryLook.TextColourOn(Secondary);

    public string Home => $"/territoires/{Code}";

    public string? LogoUrl => HasLogo ? $"/territoires/{Code}/logo" : null;

    public string LogoAlt => $"Logo de {Name}";

    /// <summary>
    /// The <c>:root</c> rule of the page, empty when no colour is set. Only validated <c>#rrggbb</c> values reach it,
    /// so nothing stored can inject CSS.
    /// </summary>
    public string Css()
    {
        if (Primary is null && Secondary is null)
        {
            return string.Empty;
        }

        var css = new StringBuilder(":root {");
        if (Primary is not null)
        {
            // Links and buttons use the accent on white: stored colours reach 4.5:1 against white (TerritoryLook).
            css.Append(CultureInfo.InvariantCulture, $" --territoire: {Primary}; --territoire-texte: {PrimaryText}; --accent: {Primary}; --accent-texte: {PrimaryText};");
        }

        if (Secondary is not null)
        {
            css.Append(CultureInfo.InvariantCulture, $" --territoire-secondaire: {Secondary}; --territoire-secondaire-texte: {SecondaryText};");
        }

        return css.Append(" }").ToString();
    }
}
