using System.Globalization;
using CoeurDeVille.Core.Text;
using CoeurDeVille.Modules.Biodiversity.Synthesis;
using Spectre.Console;

namespace CoeurDeVille.Cli.Biodiversity;

/// <summary>The summary as Spectre tables, in French.</summary>
internal static class SummaryTable
{
    public static void Render(IAnsiConsole console, BiodiversitySummary summary)
    {
        console.MarkupLine($"[bold]{Markup.Escape(summary.File)}[/] ({Markup.Escape(FormatNames.Of(summary.Format))}) : "
            + $"{FrenchPlural.Of(summary.Observations, "observation")}, {FrenchPlural.Of(summary.Taxa, "taxon")} de référence.");
        var totals = new Table().AddColumns("Indicateur", "Nombre");
        totals.AddRow("Observations", N(summary.Observations));
        totals.AddRow("Taxons de référence distincts", N(summary.Taxa));
        totals.AddRow("Supprimées (exclues)", N(summary.Deleted));
        totals.AddRow("Absences « non observé » (exclues)", N(summary.Absences));
        totals.AddRow("Doublons (exclus)", N(summary.Duplicates));
        totals.AddRow("Hors grille (hors Lambert-93)", N(summary.OutsideGrid));
        totals.AddRow("Sans maille (ni coordonnées ni code de maille)", N(summary.WithoutCell));
        totals.AddRow("Sans commune", N(summary.WithoutCommune));
        totals.AddRow("Sans code TAXREF (comptées par nom cité)", N(summary.WithoutTaxrefCode));
        console.Write(totals);
        Figures(console, "Mois", summary.Months.Select(f => f with { Code = MonthName(f.Code) }).ToList());
        Figures(console, "Maille 10 km", summary.Cells10Km);
        Figures(console, "Maille 1 km", summary.Cells1Km);
        Figures(console, "Commune (INSEE)", summary.Communes);
    }

    private static void Figures(IAnsiConsole console, string title, IReadOnlyList<SummaryFigure> figures)
    {
        if (figures.Count == 0)
        {
            return;
        }

        var table = new Table().AddColumns(title, "Observations", "Taxons");
        foreach (var figure in figures)
        {
            table.AddRow(Markup.Escape(figure.Code), N(figure.Observations), N(figure.Taxa));
        }

        console.Write(table);
    }

    private static string MonthName(string code) =>
        CultureInfo.GetCultureInfo("fr-FR").DateTimeFormat.GetMonthName(int.Parse(code, CultureInfo.InvariantCulture));

    private static string N(int value) => value.ToString("N0", CultureInfo.GetCultureInfo("fr-FR"));
}
