using System.CommandLine;
using System.Globalization;
using CoeurDeVille.Modules.Biodiversity.Exports;
using CoeurDeVille.Modules.Biodiversity.Indicators;

namespace CoeurDeVille.Cli.Biodiversity;

/// <summary>The selection options shared by <c>exporter</c> and <c>indicateurs</c>: taxon, group, period, commune, cell, zone.</summary>
internal sealed class SelectionOptions
{
    public Option<int[]> Taxa { get; } = new("--taxon") { Description = "CD_NOM ou CD_REF (répétable, ex. 60612) ; avec --taxref, les synonymes sont inclus", AllowMultipleArgumentsPerToken = true };

    public Option<string[]> Groups { get; } = new("--groupe") { Description = "Groupe INPN ou liste (Oiseaux, Mammifères…) ; demande --taxref", AllowMultipleArgumentsPerToken = true };

    public Option<string?> From { get; } = new("--du") { Description = "Premier jour (AAAA-MM-JJ) ou année (AAAA) de début d'observation" };

    public Option<string?> To { get; } = new("--au") { Description = "Dernier jour (AAAA-MM-JJ) ou année (AAAA) de début d'observation" };

    public Option<string[]> Communes { get; } = new("--commune") { Description = "Code INSEE (répétable, ex. 76259 pour Fécamp, 64102 pour Bayonne)", AllowMultipleArgumentsPerToken = true };

    public Option<string[]> Cells { get; } = new("--maille") { Description = "Maille INPN de 10 km ou 1 km (répétable, ex. 10kmL93E049N696)", AllowMultipleArgumentsPerToken = true };

    public Option<string?> Zone { get; } = new("--zone") { Description = "Fichier GeoJSON d'un polygone en WGS 84 (périmètre d'un projet de renaturation)" };

    public Option<int[]> Validation { get; } = new("--validation") { Description = "Niveaux de validation SINP gardés (ex. --validation 1 2 : certain - très probable, probable)", AllowMultipleArgumentsPerToken = true };

    public IEnumerable<Option> All => [Taxa, Groups, From, To, Communes, Cells, Zone, Validation];

    public ObservationFilter Filter(ParseResult result) => new()
    {
        Taxa = result.GetValue(Taxa) ?? [],
        Groups = result.GetValue(Groups) ?? [],
        From = Day(result.GetValue(From), "--du", start: true),
        To = Day(result.GetValue(To), "--au", start: false),
        Communes = result.GetValue(Communes) ?? [],
        Cells = result.GetValue(Cells) ?? [],
        Zone = result.GetValue(Zone) is { } zone ? ZoneReader.Read(zone) : null,
        Validation = Levels(result.GetValue(Validation) ?? []),
    };

    private static int[] Levels(int[] levels)
    {
        foreach (var level in levels.Where(l => l is < 0 or > Modules.Biodiversity.Observations.SinpValidation.Unknown))
        {
            throw new ArgumentException($"--validation {level} : attendu un niveau de validation SINP de 0 à 6 (1 certain - très probable, 2 probable, 3 douteux, 4 invalide, 5 non réalisable, 6 inconnu, 0 en attente).");
        }

        return levels;
    }

    /// <summary>What the selection covers, in French, for the outputs' « portée ».</summary>
    public string Describe(ParseResult result)
    {
        var parts = new List<string>();
        if (result.GetValue(Communes) is { Length: > 0 } communes)
        {
            parts.Add("commune " + string.Join(", ", communes));
        }

        if (result.GetValue(Zone) is { } zone)
        {
            parts.Add("zone " + Path.GetFileName(zone));
        }

        if (result.GetValue(Cells) is { Length: > 0 } cells)
        {
            parts.Add("maille " + string.Join(", ", cells));
        }

        if (result.GetValue(Taxa) is { Length: > 0 } taxa)
        {
            parts.Add("taxon " + string.Join(", ", taxa));
        }

        if (result.GetValue(Groups) is { Length: > 0 } groups)
        {
            parts.Add("groupe " + string.Join(", ", groups));
        }

        return parts.Count == 0 ? "fichier entier" : string.Join(" ; ", parts);
    }

    private static DateOnly? Day(string? text, string option, bool start)
    {
        if (text is null)
        {
            return null;
        }

        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return start ? new DateOnly(year, 1, 1) : new DateOnly(year, 12, 31);
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new ArgumentException($"{option} : « {text} » n'est pas une date ; attendu AAAA-MM-JJ ou AAAA.");
    }
}
