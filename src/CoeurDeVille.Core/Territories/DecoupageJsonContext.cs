using System.Text.Json.Serialization;

namespace CoeurDeVille.Core.Territories;

/// <summary>Source-generated JSON reading of the decoupage-administratif files: no reflection at start-up.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(List<EpciEntry>))]
[JsonSerializable(typeof(List<DepartementEntry>))]
[JsonSerializable(typeof(List<RegionEntry>))]
internal sealed partial class DecoupageJsonContext : JsonSerializerContext
{
}

internal sealed class CommuneEntry
{
    public string Code { get; set; } = "";
    public string Nom { get; set; } = "";
    public string? Type { get; set; }
    public string? Departement { get; set; }
    public string? Region { get; set; }
    public string? ChefLieu { get; set; }
    public string? Commune { get; set; }
    public int? Population { get; set; }
    public string[]? AnciensCodes { get; set; }
    public string[]? CodesPostaux { get; set; }
}

internal sealed class EpciEntry
{
    public string Code { get; set; } = "";
    public string Nom { get; set; } = "";
    public string? Type { get; set; }
    public int? PopulationTotale { get; set; }
    public int? PopulationMunicipale { get; set; }

    [JsonPropertyName("membres")]
    public List<MemberEntry> Membres { get; set; } = [];
}

internal sealed class MemberEntry
{
    public string Code { get; set; } = "";
}

internal sealed class DepartementEntry
{
    public string Code { get; set; } = "";
    public string Nom { get; set; } = "";
    public string? Region { get; set; }
    public string? ChefLieu { get; set; }
}

internal sealed class RegionEntry
{
    public string Code { get; set; } = "";
    public string Nom { get; set; } = "";
    public string? ChefLieu { get; set; }
}
