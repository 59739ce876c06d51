using System.Text.Json;

namespace CoeurDeVille.Core.Territories;

/// <summary>
/// Reads the JSON files of the npm package <c>@etalab/decoupage-administratif</c> (communes, EPCI,
/// départements, régions) into a <see cref="TerritoryDirectory"/>.
/// </summary>
public static class DecoupageAdministratifReader
{
    public static TerritoryDirectory Read(Stream communes, Stream epci, Stream departements, Stream regions)
    {
        var communeEntries = CommuneEntryReader.Read(communes, "communes.json");
        var epciEntries = Deserialize(epci, "epci.json", DecoupageJsonContext.Default.ListEpciEntry);
        var departementEntries = Deserialize(departements, "departements.json", DecoupageJsonContext.Default.ListDepartementEntry);
        var regionEntries = Deserialize(regions, "regions.json", DecoupageJsonContext.Default.ListRegionEntry);

        var epciOfCommune = new Dictionary<string, string>(StringComparer.Ordinal);
        var epcis = new List<Epci>(epciEntries.Count);
        foreach (var entry in epciEntries)
        {
            var members = entry.Membres.Select(m => m.Code).ToArray();
            foreach (var member in members)
            {
                epciOfCommune[member] = entry.Code;
            }

            epcis.Add(new Epci(entry.Code, entry.Nom, entry.Type ?? "", entry.PopulationTotale ?? entry.PopulationMunicipale ?? 0, members));
        }

        var current = new List<Commune>(35_000);
        var formerToCurrent = new Dictionary<string, string>(StringComparer.Ordinal);
        var arrondissements = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in communeEntries)
        {
            switch (entry.Type)
            {
                case "commune-actuelle":
                    current.Add(new Commune(
                        entry.Code,
                        entry.Nom,
                        entry.Departement ?? "",
                        entry.Region ?? "",
                        epciOfCommune.GetValueOrDefault(entry.Code),
                        entry.Population ?? 0,
                        entry.AnciensCodes ?? [],
                        entry.CodesPostaux ?? []));
                    foreach (var former in entry.AnciensCodes ?? [])
                    {
                        formerToCurrent.TryAdd(former, entry.Code);
                    }

                    break;
                case "commune-deleguee" or "commune-associee" when entry.ChefLieu is not null:
                    formerToCurrent.TryAdd(entry.Code, entry.ChefLieu);
                    break;
                case "arrondissement-municipal" when entry.Commune is not null:
                    arrondissements[entry.Code] = entry.Commune;
                    break;
            }
        }

        return new TerritoryDirectory(
            current,
            epcis,
            departementEntries.Select(d => new Departement(d.Code, d.Nom, d.Region ?? "", d.ChefLieu)).ToList(),
            regionEntries.Select(r => new Region(r.Code, r.Nom, r.ChefLieu)).ToList(),
            formerToCurrent,
            arrondissements);
    }

    private static T Deserialize<T>(Stream stream, string fileName, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
    {
        try
        {
            return JsonSerializer.Deserialize(stream, type)
                ?? throw new InvalidDataException($"{fileName} : fichier vide.");
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException(
                $"{fileName} : JSON invalide à la ligne {exception.LineNumber + 1} ({exception.Message}).", exception);
        }
    }
}
