namespace CoeurDeVille.Core.Configuration;

/// <summary>Section <c>Cdv:Biodiversite</c>: what the atlas import (CLI) and the contributions (web) share.</summary>
public sealed class BiodiversitySettings
{
    /// <summary>
    /// Path of the sensitivity referential (GINCO/SINP <c>especesensible</c> CSV) applied when an import names none
    /// with <c>--sensibilite</c>, and by the web's validated contributions.
    /// </summary>
    public string? ReferentielSensibilite { get; set; }
}
