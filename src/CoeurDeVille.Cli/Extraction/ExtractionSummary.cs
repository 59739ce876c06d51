using CoeurDeVille.Extraction.Csv;
using CoeurDeVille.Extraction.Engine;
using Spectre.Console;

namespace CoeurDeVille.Cli.Extraction;

/// <summary>The table printed after a run: rows per perimeter, files, what was refused and why.</summary>
internal static class ExtractionSummary
{
    private const int MaxRowsShown = 30;

    public static void Write(IAnsiConsole console, ExtractionRequest request, ExtractionReport report)
    {
        foreach (var warning in report.Warnings)
        {
            console.MarkupLine($"[yellow]{Markup.Escape(warning)}[/]");
        }

        var table = new Table().AddColumns("Périmètre", "Lignes gardées", "dont codes anciens", "Fichier");
        foreach (var output in report.Outputs.Take(MaxRowsShown))
        {
            table.AddRow(Markup.Escape(output.Perimeter.Label), Number(output.Rows), Number(output.Remapped), Markup.Escape(output.Path));
        }

        if (report.Outputs.Count > MaxRowsShown)
        {
            table.AddRow($"… et {report.Outputs.Count - MaxRowsShown} autres", Number(report.Outputs.Skip(MaxRowsShown).Sum(o => o.Rows)), "", "");
        }

        console.Write(table);
        var statistics = report.Statistics;
        var seconds = Math.Max(report.Duration.TotalSeconds, 1e-6);
        console.MarkupLine(
            $"Source : {Markup.Escape(request.Source.Title)} — {Markup.Escape(request.Source.Licence)}" +
            $"\nLignes lues : {Number(statistics.RowsRead)} ; gardées : {Number(statistics.RowsKept)} ; recodées (ancienne commune ou arrondissement) : {Number(statistics.RowsRemapped)} ; " +
            $"rejetées : {Number(statistics.RowsRejected)} ; code inconnu : {Number(statistics.RowsUnknownCode)}" +
            $"\nDurée : {report.Duration.TotalSeconds:0.00} s ({statistics.Bytes / seconds / 1e6:0} Mo/s)");
        if (statistics.Examples.Count > 0)
        {
            console.MarkupLine("[yellow]Lignes écartées (premiers exemples) :[/]");
            foreach (var issue in statistics.Examples.Take(10))
            {
                console.MarkupLine($"  ligne {issue.Line} : {Markup.Escape(issue.Detail)}");
            }
        }

        if (request.Source.ShareAlike)
        {
            console.MarkupLine($"[blue]Licence à partager à l'identique ({Markup.Escape(request.Source.Licence)}) : la mention est jointe à chaque fichier (.LICENCE.txt).[/]");
        }
    }

    private static string Number(long value) => value.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("fr-FR")).Replace('\u202f', ' ');
}
