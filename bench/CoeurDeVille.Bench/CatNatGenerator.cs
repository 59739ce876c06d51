using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CoeurDeVille.Bench;

/// <summary>
/// Writes a seeded CSV shaped like the national CatNat file: <c>insee,nom_commune</c> drawn from every current
/// commune of the COG (plus ~3 % former codes and ~2 % codes that lost their leading zero), the other nine
/// columns copied from random rows of the real 6-département sample.
/// </summary>
internal static class CatNatGenerator
{
    private const string Header = "insee,nom_commune,debut_evenement,fin_evenement,date_arrete,date_parution_jo,nom_peril,code_peril,franchise,code_nor,decision\n";

    public static int Run(Arguments arguments)
    {
        var target = (long)(arguments.GetDouble("taille-go", 2.2) * 1e9);
        var seed = (int)arguments.GetLong("graine", 42);
        var output = arguments.Get("sortie");
        var stopwatch = Stopwatch.StartNew();

        var current = new List<byte[]>();
        var former = new List<byte[]>();
        var unpadded = new List<byte[]>();
        using (var json = JsonDocument.Parse(File.ReadAllBytes(arguments.Get("communes", SharedData.Communes))))
        {
            foreach (var commune in json.RootElement.EnumerateArray())
            {
                if (commune.GetProperty("type").GetString() != "commune-actuelle")
                {
                    continue;
                }

                var code = commune.GetProperty("code").GetString()!;
                var name = CatNatName(commune.GetProperty("nom").GetString()!);
                current.Add(Encoding.UTF8.GetBytes($"{code},{name},"));
                if (code[0] == '0')
                {
                    unpadded.Add(Encoding.UTF8.GetBytes($"{code[1..]},{name},"));
                }

                if (commune.TryGetProperty("anciensCodes", out var formerCodes))
                {
                    foreach (var old in formerCodes.EnumerateArray())
                    {
                        former.Add(Encoding.UTF8.GetBytes($"{old.GetString()},{name},"));
                    }
                }
            }
        }

        var tails = File.ReadLines(arguments.Get("echantillon", SharedData.CatNatSample), Encoding.UTF8)
            .Skip(1)
            .Select(line => Encoding.UTF8.GetBytes(line[(line.IndexOf(',', line.IndexOf(',') + 1) + 1)..] + "\n"))
            .ToArray();

        var random = new Random(seed);
        var buffer = new byte[8 << 20];
        var filled = Encoding.UTF8.GetBytes(Header, buffer);
        long written = 0;
        long rows = 0;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        var temporary = output + ".tmp";
        using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.SequentialScan))
        {
            while (written + filled < target)
            {
                var draw = random.Next(100);
                var prefixes = draw < 3 ? former : draw < 5 ? unpadded : current;
                var prefix = prefixes[random.Next(prefixes.Count)];
                var tail = tails[random.Next(tails.Length)];
                if (filled + prefix.Length + tail.Length > buffer.Length)
                {
                    file.Write(buffer, 0, filled);
                    written += filled;
                    filled = 0;
                }

                prefix.CopyTo(buffer, filled);
                filled += prefix.Length;
                tail.CopyTo(buffer, filled);
                filled += tail.Length;
                rows++;
            }

            file.Write(buffer, 0, filled);
            written += filled;
        }

        File.Move(temporary, output, overwrite: true);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{output} : {rows:N0} lignes, {written / 1e9:F2} Go en {stopwatch.Elapsed.TotalSeconds:F1} s ({current.Count} codes actuels, {former.Count} anciens, {unpadded.Count} sans zéro)"));
        return 0;
    }

    /// <summary>CatNat spells names in upper case without accents, hyphens or apostrophes.</summary>
    private static string CatNatName(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(c is '-' or '\'' or '’' or ',' ? ' ' : char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }
}
