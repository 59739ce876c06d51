using System.Globalization;
using CoeurDeVille.Core.Text;
using CoeurDeVille.Modules.Trees.Diversity;
using CoeurDeVille.Modules.Trees.Indicators;
using Spectre.Console;

namespace CoeurDeVille.Cli.Trees;

/// <summary>Prints an indicator report as console sections and tables, in French, every figure followed by its method and source.</summary>
internal static class IndicatorTables
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static void Render(IAnsiConsole console, string file, IndicatorReport report)
    {
        console.MarkupLine($"[bold]{Markup.Escape(file)}[/] : {FrenchPlural.Of(report.TreeCount, "arbre")} en place"
            + (report.RemovedCount > 0 ? $", {report.RemovedCount.ToString(CultureInfo.InvariantCulture)} retirés non comptés" : "")
            + $" ; année de référence {report.ReferenceYear.ToString(CultureInfo.InvariantCulture)} ; colonnes d'état : {Markup.Escape(report.ConditionColumns ?? "aucune")}.");

        Section(console, "1. Structure");
        foreach (var distribution in new[] { report.Structure.Diameter, report.Structure.Height, report.Structure.Age, report.Structure.Stage, report.Structure.Health })
        {
            Render(console, distribution);
        }

        Section(console, "2. Menaces sanitaires connues");
        var threats = new Table().AddColumns("Menace", "Agent", "Hôtes présents", "Arbres", "Part");
        foreach (var threat in report.Pests.Threats)
        {
            threats.AddRow(Markup.Escape(threat.Threat), Markup.Escape(threat.Agent),
                Markup.Escape(string.Join(", ", threat.Hosts.Select(h => $"{h.Label} ({h.Count.ToString(CultureInfo.InvariantCulture)})"))),
                Count(threat.Trees.Value), Percent(threat.Trees.Share));
        }

        console.Write(threats);
        Figure(console, report.Pests.TreesAtRisk);
        foreach (var threat in report.Pests.Threats.Where(t => t.Trees.Value > 0))
        {
            console.MarkupLine($"  {Markup.Escape(threat.Threat)} : {Markup.Escape(threat.Status)} [grey]Source : {Markup.Escape(string.Join(" ; ", threat.Sources))}[/]");
        }

        Section(console, "3. Carbone et canopée");
        foreach (var figure in new[] { report.Carbon.StoredCarbon, report.Carbon.StoredCo2, report.Carbon.Sequestration, report.Carbon.SequestrationCo2, report.Carbon.CanopyArea })
        {
            Figure(console, figure);
        }

        if (report.Carbon.NotComputableReasons.Count > 0)
        {
            console.MarkupLine("Arbres non calculables : " + Markup.Escape(string.Join(" ; ",
                report.Carbon.NotComputableReasons.Take(8).Select(r => $"{r.Label} ({r.Count.ToString(CultureInfo.InvariantCulture)})"))) + (report.Carbon.NotComputableReasons.Count > 8 ? " ; …" : "") + ".");
        }

        Section(console, "4. Valeur d'agrément (barème VIE)");
        Figure(console, report.Amenity.Value);
        console.MarkupLine($"Données pré-remplies par l'inventaire : circonférence pour {Count(report.Amenity.WithCircumference)} arbres, hauteur pour {Count(report.Amenity.WithHeight)}, "
            + $"diamètre du houppier pour {Count(report.Amenity.WithCrownDiameter)} ; {Count(report.Amenity.Remarkable)} arbres remarquables.");

        Section(console, "5. Potentiel allergisant des pollens");
        Render(console, report.Pollen.Potential);
        Render(console, report.Pollen.SchemaAllergy);
        Figure(console, report.Pollen.GenusScore);

        Section(console, "6. Plan de remplacement");
        var plan = report.Replacement;
        var years = new Table().AddColumns("Année", "Abattus", "Plantés", "En entretien", "Coût (€)");
        foreach (var year in plan.Plan)
        {
            years.AddRow(year.Year.ToString(CultureInfo.InvariantCulture), Number(year.Felled), Number(year.Planted), Number(year.InAftercare),
                year.Cost is { } cost ? cost.ToString("N0", French) : "non calculable");
        }

        console.Write(years);
        Figure(console, plan.TotalFelled);
        Figure(console, plan.TotalCost);
        console.MarkupLine($"En retard (échéance du diagnostic antérieure à {plan.FirstYear.ToString(CultureInfo.InvariantCulture)}, comptés en {plan.FirstYear.ToString(CultureInfo.InvariantCulture)}) : {Number(plan.Overdue)} arbres.");
        console.MarkupLine($"Au-delà de l'horizon : {Number(plan.BeyondHorizon)} arbres ; sans échéance dans le diagnostic (non planifiés) : {Count(plan.Unplanned)}.");

        Section(console, "7. Essences à planter");
        var planting = report.Planting;
        var suggestions = new Table().AddColumns("Essence", "Famille", "À planter", "Part espèce", "Part genre", "Part famille", "Source");
        foreach (var suggestion in planting.Suggestions)
        {
            suggestions.AddRow($"{Markup.Escape(suggestion.Candidate.ScientificName)} ({Markup.Escape(suggestion.Candidate.FrenchName)})", Markup.Escape(suggestion.Family ?? "?"),
                Count(suggestion.Count), Percent(suggestion.SpeciesShare), Percent(suggestion.GenusShare), Percent(suggestion.FamilyShare), Markup.Escape(suggestion.Candidate.Source));
        }

        console.MarkupLine($"{Count(planting.Requested)} arbres à planter ; {Count(planting.Unplaced)} sans essence possible sous les seuils (liste trop courte).");
        console.Write(suggestions);
        foreach (var excluded in planting.Excluded)
        {
            console.MarkupLine($"Exclue : {Markup.Escape(excluded.Candidate.ScientificName)} — {Markup.Escape(excluded.Reason)}.");
        }

        Figure(console, planting.LargestGenusShareBefore);
        Figure(console, planting.LargestGenusShareAfter);
        console.MarkupLine($"[grey]Méthode : {Markup.Escape(planting.Method)}[/]");
    }

    private static void Section(IAnsiConsole console, string title) => console.Write(new Rule($"[bold]{Markup.Escape(title)}[/]").LeftJustified());

    private static void Render(IAnsiConsole console, Distribution distribution)
    {
        var table = new Table().Title(Markup.Escape(distribution.Title)).AddColumns("Classe", "Arbres", "Part");
        foreach (var row in distribution.Classes)
        {
            table.AddRow(Markup.Escape(row.Label), Count(row.Count), Percent(row.Share));
        }

        table.AddRow(Markup.Escape(distribution.UnknownLabel), Count(distribution.UnknownCount), Percent(distribution.Total == 0 ? 0 : (double)distribution.UnknownCount / distribution.Total));
        console.Write(table);
        foreach (var caveat in distribution.Caveats)
        {
            console.MarkupLine($"[yellow]{Markup.Escape(caveat)}[/]");
        }

        console.MarkupLine($"[grey]Méthode : {Markup.Escape(distribution.Method)} Source : {Markup.Escape(distribution.Source)}.[/]");
    }

    private static void Figure(IAnsiConsole console, Figure figure)
    {
        var value = figure.Value is { } v
            ? $"[bold]{(figure.Unit == "part" ? DiversityCalculator.Percent(v) : Number(v) + " " + Markup.Escape(figure.Unit ?? ""))}[/]"
            : $"[yellow]non calculable[/] — {Markup.Escape(figure.NotComputableReason ?? "")}";
        console.MarkupLine($"{Markup.Escape(figure.Label)} : {value}");
        console.MarkupLine($"[grey]  Méthode : {Markup.Escape(figure.Method)}[/]");
        console.MarkupLine($"[grey]  Source : {Markup.Escape(figure.Source)}[/]");
        if (figure.Uncertainty is { } uncertainty)
        {
            console.MarkupLine($"[grey]  Incertitude : {Markup.Escape(uncertainty)}[/]");
        }
    }

    private static string Count(double? value) => value is { } v ? v.ToString("N0", French) : "";

    private static string Number(double value) => value.ToString(Math.Abs(value) >= 100 ? "N0" : "0.##", French);

    private static string Percent(double? share) => share is { } s ? DiversityCalculator.Percent(s) : "";
}
