using CoeurDeVille.Core.Territories;

namespace CoeurDeVille.Web.Extractor.Territories;

/// <summary>
/// A territory as the extractor names it: <c>commune:30007</c>, <c>epci:200066918</c>, <c>departement:30</c>, or a bare
/// code whose kind is guessed from its shape (5 characters: commune, 9 digits: EPCI, 2–3: département).
/// </summary>
public sealed record TerritoryReference(PerimeterSpecKind Kind, string Code, string Name)
{
    public string Spec => $"{KindName(Kind)}:{Code}";

    public string KindLabel => Kind switch
    {
        PerimeterSpecKind.Commune => "commune",
        PerimeterSpecKind.Epci => "intercommunalité",
        PerimeterSpecKind.Departement => "département",
        _ => "région",
    };

    public static string KindName(PerimeterSpecKind kind) => kind switch
    {
        PerimeterSpecKind.Commune => "commune",
        PerimeterSpecKind.Epci => "epci",
        PerimeterSpecKind.Departement => "departement",
        PerimeterSpecKind.Region => "region",
        _ => "fichier",
    };

    /// <summary>Resolves <paramref name="text"/>; null with a French <paramref name="error"/> when it names no territory.</summary>
    public static TerritoryReference? TryParse(TerritoryDirectory directory, string? text, out string error)
    {
        error = "";
        var value = text?.Trim() ?? "";
        if (value.Length == 0)
        {
            error = "Territoire manquant : choisissez une commune, une intercommunalité ou un département.";
            return null;
        }

        PerimeterSpecKind kind;
        string code;
        if (value.Contains(':', StringComparison.Ordinal))
        {
            try
            {
                var spec = PerimeterSpec.Parse(value);
                (kind, code) = (spec.Kind, spec.Value);
            }
            catch (PerimeterException e)
            {
                error = e.Message;
                return null;
            }
        }
        else
        {
            code = value.ToUpperInvariant();
            kind = code.Length == 9 && code.All(char.IsAsciiDigit) ? PerimeterSpecKind.Epci
                : code.Length is 4 or 5 ? PerimeterSpecKind.Commune
                : PerimeterSpecKind.Departement;
        }

        string? name = kind switch
        {
            PerimeterSpecKind.Commune => directory.Resolve(code, out var current) == CommuneCodeResolution.Unknown
                ? null : directory.FindCommune(code = current)?.Name,
            PerimeterSpecKind.Epci => directory.FindEpci(code)?.Name,
            PerimeterSpecKind.Departement => directory.FindDepartement(code = code.Length == 1 ? "0" + code : code.ToUpperInvariant())?.Name,
            PerimeterSpecKind.Region => directory.FindRegion(code)?.Name,
            _ => null,
        };
        if (name is null)
        {
            error = $"Territoire « {value} » introuvable dans le code officiel géographique : tapez un nom (« Alès ») ou un code (30007, 200066918, 30).";
            return null;
        }

        return new TerritoryReference(kind, code, name);
    }
}
