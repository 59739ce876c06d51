using CoeurDeVille.Core.Territories;

namespace CoeurDeVille.Storage.HostedTerritories;

/// <summary>
/// A territory hosted by the instance (table <c>hosted_territories</c>): it has its own catalogue (the inventory
/// keyed by the same code), pages, members and look. The COG facts (kind, name) are copied when it is hosted.
/// </summary>
public sealed class HostedTerritory
{
    /// <summary>Commune INSEE code, EPCI SIREN or département code.</summary>
    public required string Code { get; set; }

    public TerritoryKind Kind { get; set; }

    /// <summary>Official name (COG).</summary>
    public required string Name { get; set; }

    /// <summary>Name shown in the header; defaults to <see cref="Name"/>.</summary>
    public string? DisplayName { get; set; }

    /// <summary>Optional short name for URLs (<c>ales</c>), unique.</summary>
    public string? Slug { get; set; }

    /// <summary>Main colour <c>#rrggbb</c>, contrast against white at least 4.5:1 (checked by <see cref="TerritoryLook"/>).</summary>
    public string? PrimaryColour { get; set; }

    public string? SecondaryColour { get; set; }

    /// <summary>Logo bytes (PNG, JPEG or script-free SVG, sniffed before saving).</summary>
    public byte[]? Logo { get; set; }

    public string? LogoMediaType { get; set; }

    public DateTimeOffset HostedAt { get; set; }
}
