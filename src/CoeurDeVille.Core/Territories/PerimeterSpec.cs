namespace CoeurDeVille.Core.Territories;

/// <summary>A perimeter as a user writes it: <c>commune:30007</c>, <c>epci:200066918</c>, <c>departement:30</c>, <c>fichier:ort.geojson</c>.</summary>
public sealed record PerimeterSpec(PerimeterSpecKind Kind, string Value)
{
    public static PerimeterSpec Parse(string text)
    {
        var separator = text.IndexOf(':', StringComparison.Ordinal);
        if (separator <= 0)
        {
            throw new PerimeterException(
                $"Périmètre « {text} » mal écrit : attendu commune:CODE, epci:SIREN, departement:CODE, region:CODE ou fichier:CHEMIN (exemple : commune:30007).");
        }

        var prefix = text[..separator].Trim().ToLowerInvariant();
        var value = text[(separator + 1)..].Trim();
        var kind = prefix switch
        {
            "commune" or "com" => PerimeterSpecKind.Commune,
            "epci" or "interco" => PerimeterSpecKind.Epci,
            "departement" or "département" or "dep" or "dept" => PerimeterSpecKind.Departement,
            "region" or "région" or "reg" => PerimeterSpecKind.Region,
            "fichier" or "file" => PerimeterSpecKind.File,
            _ => throw new PerimeterException(
                $"Type de périmètre « {prefix} » inconnu : attendu commune, epci, departement, region ou fichier."),
        };
        if (value.Length == 0)
        {
            throw new PerimeterException($"Périmètre « {text} » : valeur manquante après « {prefix}: ».");
        }

        return new PerimeterSpec(kind, value);
    }

    public override string ToString() => $"{Kind.ToString().ToLowerInvariant()}:{Value}";
}
