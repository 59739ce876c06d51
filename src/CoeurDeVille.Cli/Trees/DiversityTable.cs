using System.Globalization;
using CoeurDeVille.Core.Text;
using CoeurDeVille.Modules.Trees.Diversity;
using CoeurDeVille.Modules.Trees.Import;
using Spectre.Console;

namespace CoeurDeVille.Cli.Trees;

/// <summary>Prints a diversity report as console tables, in French.</summary>
internal static class DiversityTable
{
    private const int Shown = 15;

    public static void Render(IAnsiConsole console, TreeImportResult import, DiversityReport report)
    {
        console.MarkupLine($"[bold]{Markup.Escape(import.File)}[/] : {FrenchPlural.Of(report.TreeCount, "arbre")} en place"
            + (report.RemovedCount > 0 ? $", {report.RemovedCount.ToString(CultureInfo.InvariantCulture)} retirés (abattus, supprimés…) non comptés." : "."));
        foreach (var level in report.Levels)
        {
            var name = SantamourRule.NameOf(level.Level);
            var verdict = level.Respected ? "[green]respecté[/]" : "[red]dépassé[/]";
            console.MarkupLine($"Par {name} (seuil {DiversityCalculator.Percent(level.Threshold)}) : {verdict} ; "
                + $"{name} {(level.Level == TaxonLevel.Genus ? "connu" : "connue")} pour {DiversityCalculator.Percent(level.KnownShare)} des arbres ({level.UnknownCount.ToString(CultureInfo.InvariantCulture)} inconnus).");
            var table = new Table().AddColumns(char.ToUpperInvariant(name[0]) + name[1..], "Arbres", "Part", "Seuil");
            foreach (var taxon in level.Taxa.Take(Shown))
            {
                table.AddRow(
                    Markup.Escape(taxon.Name),
                    taxon.Count.ToString(CultureInfo.InvariantCulture),
                    DiversityCalculator.Percent(taxon.Share),
                    taxon.ExceedsThreshold ? "[red]dépassé[/]" : "ok");
            }

            if (level.Taxa.Count > Shown)
            {
                table.AddRow($"… {(level.Taxa.Count - Shown).ToString(CultureInfo.InvariantCulture)} autres", "", "", "");
            }

            console.Write(table);
        }

        if (report.UnknownGenera.Count > 0)
        {
            console.MarkupLine("Genres absents de la table genre → famille (famille non devinée) : "
                + Markup.Escape(string.Join(", ", report.UnknownGenera.Select(g => $"{g.Name} ({g.Count.ToString(CultureInfo.InvariantCulture)})"))) + ".");
        }

        if (import.UnknownTaxonCodes.Count > 0)
        {
            console.MarkupLine("Codes d'essence inconnus (genre laissé vide) : "
                + Markup.Escape(string.Join(", ", import.UnknownTaxonCodes.OrderByDescending(p => p.Value).Select(p => $"{p.Key} ({p.Value.ToString(CultureInfo.InvariantCulture)})"))) + ".");
        }

        foreach (var alert in report.Alerts)
        {
            console.MarkupLine($"[yellow]Alerte : {Markup.Escape(alert)}[/]");
        }

        console.MarkupLine($"Règle : {Markup.Escape(report.RuleSource)}. Familles : {Markup.Escape(report.FamilySource)}.");
    }
}
