using System.Text.Json;

namespace CoeurDeVille.Bench;

/// <summary>Prints the current member commune codes of an EPCI, comma separated: the list DuckDB filters on.</summary>
internal static class EpciCodes
{
    public static int Run(Arguments arguments)
    {
        var siren = arguments.Get("epci");
        using var json = JsonDocument.Parse(File.ReadAllBytes(arguments.Get("epcis", SharedData.Epcis)));
        foreach (var epci in json.RootElement.EnumerateArray())
        {
            if (epci.GetProperty("code").GetString() == siren)
            {
                Console.WriteLine(string.Join(",", epci.GetProperty("membres").EnumerateArray().Select(m => m.GetProperty("code").GetString())));
                return 0;
            }
        }

        Console.Error.WriteLine($"EPCI {siren} introuvable.");
        return 1;
    }
}
