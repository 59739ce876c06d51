using System.Globalization;
using System.Text;
using CoeurDeVille.Extraction.Writers;

namespace CoeurDeVille.Modules.Biodiversity.Indicators;

/// <summary>
/// The indicators as one CSV table (UTF-8, <c>;</c>): one row per figure or per taxon trend, each row carrying its
/// unit and method so that a line copied into a report keeps its meaning. Written atomically.
/// </summary>
public static class IndicatorCsvWriter
{
    private static readonly string[] Header = ["portee", "periode", "indicateur", "cd_ref", "nom", "valeur", "bas_95", "haut_95", "unite", "verdict", "methode"];

    public static void Write(BiodiversityIndicators indicators, string path)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        using var file = new AtomicFile(path);
        using (var writer = new StreamWriter(file.TemporaryPath, false, new UTF8Encoding(false)) { NewLine = "\n" })
        {
            Line(writer, Header);
            Figures(writer, indicators, "ensemble", indicators.Figures);
            foreach (var taxon in indicators.Heritage)
            {
                Line(writer, [indicators.Scope, "ensemble", "taxon_patrimonial", N(taxon.CdRef), taxon.Name, N(taxon.Observations), null, null, "observations", null, IndicatorMethods.Heritage + " Statuts : " + string.Join(" ; ", taxon.Statuses)]);
            }

            foreach (var taxon in indicators.Invasive)
            {
                Line(writer, [indicators.Scope, "ensemble", "taxon_envahissant", N(taxon.CdRef), taxon.Name, N(taxon.Observations), null, null, "observations", null, IndicatorMethods.Invasive + " Statuts : " + string.Join(" ; ", taxon.Statuses)]);
            }

            if (indicators.Trend is { } trend)
            {
                Figures(writer, indicators, "A " + trend.PeriodA, trend.FiguresA);
                Figures(writer, indicators, "B " + trend.PeriodB, trend.FiguresB);
                var periods = $"{trend.PeriodA} → {trend.PeriodB}";
                foreach (var taxon in trend.Taxa)
                {
                    Line(writer, [indicators.Scope, periods, "rapport_taux_de_report", taxon.CdRef is { } c ? N(c) : null, taxon.Name, D(taxon.Ratio), D(taxon.Low), D(taxon.High), "rapport B/A", IndicatorText.Verdict(taxon.Verdict), IndicatorMethods.Trend]);
                }
            }
        }

        file.Commit();
    }

    private static void Figures(StreamWriter writer, BiodiversityIndicators indicators, string period, IndicatorFigures figures)
    {
        Line(writer, [indicators.Scope, period, "observations", null, null, N(figures.Observations), null, null, "observations", null, IndicatorMethods.Observations]);
        Line(writer, [indicators.Scope, period, "richesse", null, null, N(figures.Richness), null, null, "taxons", null, IndicatorMethods.Richness]);
        if (indicators.StatusesKnown)
        {
            Line(writer, [indicators.Scope, period, "taxons_patrimoniaux", null, null, N(figures.HeritageTaxa), null, null, "taxons", null, IndicatorMethods.Heritage]);
            Line(writer, [indicators.Scope, period, "taxons_envahissants", null, null, N(figures.InvasiveTaxa), null, null, "taxons", null, IndicatorMethods.Invasive]);
        }

        Line(writer, [indicators.Scope, period, "observateurs", null, null, N(figures.Observers), null, null, "personnes", null, IndicatorMethods.Effort]);
        Line(writer, [indicators.Scope, period, "jours_observation", null, null, N(figures.ObservationDays), null, null, "jours", null, IndicatorMethods.Effort]);
        Line(writer, [indicators.Scope, period, "visites", null, null, N(figures.Visits), null, null, "jours × mailles", null, IndicatorMethods.Effort]);
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? D(double? value) => value?.ToString("0.####", CultureInfo.InvariantCulture);

    private static void Line(StreamWriter writer, IReadOnlyList<string?> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(';');
            }

            var value = values[i] ?? "";
            writer.Write(value.AsSpan().IndexOfAny(";\"\n\r") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value);
        }

        writer.WriteLine();
    }
}
