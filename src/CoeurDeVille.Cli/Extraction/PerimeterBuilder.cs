using CoeurDeVille.Cli.Hosting;
using CoeurDeVille.Core.Territories;
using CoeurDeVille.Extraction.Filters.Spatial;
using Spectre.Console;

namespace CoeurDeVille.Cli.Extraction;

/// <summary>Turns <c>--perimetre</c> values and <c>--tous-acv</c> into perimeters.</summary>
internal static class PerimeterBuilder
{
    public static async Task<IReadOnlyList<Perimeter>> BuildAsync(
        CliServices cli, TerritoryDirectory territories, IReadOnlyList<string> specs, bool allAcv, double bufferMetres, CancellationToken cancellationToken)
    {
        if (bufferMetres < 0)
        {
            throw new PerimeterException($"--tampon {bufferMetres} : une distance positive en mètres est attendue.");
        }

        var resolver = new PerimeterResolver(territories);
        var perimeters = new List<Perimeter>();
        foreach (var text in specs)
        {
            var spec = PerimeterSpec.Parse(text);
            if (spec.Kind == PerimeterSpecKind.File)
            {
                var geometry = PerimeterFiles.Read(spec.Value);
                if (bufferMetres > 0)
                {
                    geometry = PerimeterGeometry.Buffer(geometry, bufferMetres);
                }

                var name = Path.GetFileNameWithoutExtension(spec.Value);
                perimeters.Add(new Perimeter($"fichier-{name}", $"{name} (fichier)", spec.Kind, name, new HashSet<string>(), geometry, bufferMetres));
            }
            else
            {
                perimeters.Add(resolver.Resolve(spec) with { BufferMetres = bufferMetres });
            }
        }

        if (allAcv)
        {
            var list = await cli.Cache.FetchAsync(cli.Settings.ActionCoeurDeVille, cancellationToken: cancellationToken);
            foreach (var town in ActionCoeurDeVilleList.Read(list.Path))
            {
                if (territories.Resolve(town.CommuneCode, out var current) == CommuneCodeResolution.Unknown)
                {
                    cli.Console.MarkupLine($"[yellow]Ville ACV {Markup.Escape(town.Name)} ({town.CommuneCode}) absente du COG : ignorée.[/]");
                    continue;
                }

                perimeters.Add(resolver.Resolve(new PerimeterSpec(PerimeterSpecKind.Commune, current)) with { BufferMetres = bufferMetres });
            }
        }

        var duplicates = perimeters.GroupBy(p => p.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicates.Count > 0)
        {
            throw new PerimeterException($"Périmètre demandé deux fois : {string.Join(", ", duplicates)}.");
        }

        return perimeters.Count > 0 ? perimeters : throw new PerimeterException("Aucun périmètre : indiquez --perimetre commune:CODE (répétable) ou --tous-acv.");
    }
}
