using System.Globalization;
using CoeurDeVille.Modules.Biodiversity.Indicators;
using Spectre.Console;

namespace CoeurDeVille.Cli.Biodiversity;

/// <summary>The indicators as Spectre tables, in French, with the method under each.</summary>
internal static class IndicatorTable
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static void Render(IAnsiConsole console, BiodiversityIndicators indicators)
    {
        console.MarkupLine($"[bold]Indicateurs[/] — {Markup.Escape(indicators.Scope)}");
        var figures = new Table().AddColumns("Indicateur", "Ensemble");
        var trend = indicators.Trend;
        if (trend is not null)
        {
            figures.AddColumns($"A {trend.PeriodA}", $"B {trend.PeriodB}");
        }

        Row(figures, "Observations", indicators.Figures.Observations, trend?.FiguresA.Observations, trend?.FiguresB.Observations);
        Row(figures, "Richesse (taxons de référence)", indicators.Figures.Richness, trend?.FiguresA.Richness, trend?.FiguresB.Richness);
        if (indicators.StatusesKnown)
        {
            Row(figures, "Taxons patrimoniaux", indicators.Figures.HeritageTaxa, trend?.FiguresA.HeritageTaxa, trend?.FiguresB.HeritageTaxa);
            Row(figures, "Taxons exotiques envahissants", indicators.Figures.InvasiveTaxa, trend?.FiguresA.InvasiveTaxa, trend?.FiguresB.InvasiveTaxa);
        }

        Row(figures, "Observateurs", indicators.Figures.Observers, trend?.FiguresA.Observers, trend?.FiguresB.Observers);
        Row(figures, "Jours d'observation", indicators.Figures.ObservationDays, trend?.FiguresA.ObservationDays, trend?.FiguresB.ObservationDays);
        Row(figures, "Visites (jour × maille 1 km)", indicators.Figures.Visits, trend?.FiguresA.Visits, trend?.FiguresB.Visits);
        console.Write(figures);
        if (indicators.Withheld > 0)
        {
            console.MarkupLine($"{indicators.Withheld} observation(s) d'espèces sensibles retenue(s), non comptée(s).");
        }

        if (!indicators.StatusesKnown)
        {
            console.MarkupLine("[grey]Taxons patrimoniaux et envahissants non calculés : fournir un fichier BDC statuts (--statuts).[/]");
        }

        Flagged(console, "Taxons patrimoniaux", indicators.Heritage);
        Flagged(console, "Taxons exotiques envahissants", indicators.Invasive);
        if (trend is not null)
        {
            if (!trend.EnoughEffort)
            {
                console.MarkupLine($"[yellow]Tendance non calculable : moins de {trend.MinimumVisits} visites dans une période (A : {trend.FiguresA.Visits}, B : {trend.FiguresB.Visits}).[/]");
            }

            var table = new Table().AddColumns("Taxon", "Détections A", "Détections B", "Taux A", "Taux B", "Rapport B/A", "IC 95 %", "Rapport brut", "Verdict");
            foreach (var taxon in trend.Taxa.OrderBy(t => t.Verdict == TrendVerdict.NotComputable).ThenByDescending(t => t.DetectionsA + t.DetectionsB))
            {
                table.AddRow(Markup.Escape(taxon.Name is { } name ? $"{name} ({taxon.Taxon})" : taxon.Taxon), N(taxon.DetectionsA), N(taxon.DetectionsB),
                    taxon.RateA.ToString("P1", French), taxon.RateB.ToString("P1", French), D(taxon.Ratio),
                    taxon.Low is { } low && taxon.High is { } high ? $"{D(low)} – {D(high)}" : "—", D(taxon.RawRatio), IndicatorText.Verdict(taxon.Verdict));
            }

            console.Write(table);
        }

        console.WriteLine();
        console.MarkupLine("[bold]Méthodes[/]");
        foreach (var (name, text) in indicators.Methods)
        {
            console.MarkupLine($"[bold]{Markup.Escape(name)}[/] : {Markup.Escape(text)}");
        }
    }

    private static void Row(Table table, string label, int all, int? a, int? b)
    {
        if (a is null)
        {
            table.AddRow(label, N(all));
        }
        else
        {
            table.AddRow(label, N(all), N(a.Value), N(b!.Value));
        }
    }

    private static void Flagged(IAnsiConsole console, string title, IReadOnlyList<FlaggedTaxon> taxa)
    {
        if (taxa.Count == 0)
        {
            return;
        }

        var table = new Table().AddColumns(title, "CD_REF", "Observations", "Statuts");
        foreach (var taxon in taxa)
        {
            table.AddRow(Markup.Escape(taxon.Name ?? "—"), N(taxon.CdRef), N(taxon.Observations), Markup.Escape(string.Join(" ; ", taxon.Statuses)));
        }

        console.Write(table);
    }

    private static string N(int value) => value.ToString("N0", French);

    private static string D(double? value) => value?.ToString("0.00", French) ?? "—";
}
