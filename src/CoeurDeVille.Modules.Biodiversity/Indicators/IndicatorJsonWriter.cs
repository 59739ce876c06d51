using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CoeurDeVille.Modules.Biodiversity.Indicators;

/// <summary>The indicators as JSON with French keys, each block carrying its method (« methode ») and the methods listed once more at the end.</summary>
public static class IndicatorJsonWriter
{
    public static string Write(BiodiversityIndicators indicators)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("portee", indicators.Scope);
            json.WriteNumber("retenuesParFloutage", indicators.Withheld);
            json.WritePropertyName("chiffres");
            Figures(json, indicators.Figures, indicators.StatusesKnown);
            Flagged(json, "patrimoniales", indicators.Heritage, indicators.StatusesKnown, IndicatorMethods.Heritage);
            Flagged(json, "envahissantes", indicators.Invasive, indicators.StatusesKnown, IndicatorMethods.Invasive);
            if (indicators.Trend is { } trend)
            {
                json.WriteStartObject("tendance");
                json.WriteString("periodeA", trend.PeriodA.ToString());
                json.WriteString("periodeB", trend.PeriodB.ToString());
                json.WriteNumber("visitesMinimum", trend.MinimumVisits);
                json.WriteNumber("detectionsMinimum", trend.MinimumDetections);
                json.WriteBoolean("effortSuffisant", trend.EnoughEffort);
                json.WriteString("methode", IndicatorMethods.Trend);
                json.WritePropertyName("chiffresA");
                Figures(json, trend.FiguresA, indicators.StatusesKnown);
                json.WritePropertyName("chiffresB");
                Figures(json, trend.FiguresB, indicators.StatusesKnown);
                json.WriteStartArray("taxons");
                foreach (var taxon in trend.Taxa)
                {
                    json.WriteStartObject();
                    json.WriteString("taxon", taxon.Taxon);
                    if (taxon.CdRef is { } cdRef)
                    {
                        json.WriteNumber("cdRef", cdRef);
                    }

                    json.WriteString("nom", taxon.Name);
                    json.WriteNumber("detectionsA", taxon.DetectionsA);
                    json.WriteNumber("detectionsB", taxon.DetectionsB);
                    json.WriteNumber("observationsA", taxon.ObservationsA);
                    json.WriteNumber("observationsB", taxon.ObservationsB);
                    json.WriteNumber("tauxA", Math.Round(taxon.RateA, 6));
                    json.WriteNumber("tauxB", Math.Round(taxon.RateB, 6));
                    Number(json, "rapport", taxon.Ratio);
                    Number(json, "rapportBas95", taxon.Low);
                    Number(json, "rapportHaut95", taxon.High);
                    Number(json, "rapportBrutObservations", taxon.RawRatio);
                    json.WriteString("verdict", IndicatorText.Verdict(taxon.Verdict));
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteStartObject("methodes");
            foreach (var (name, text) in indicators.Methods)
            {
                json.WriteString(name, text);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Figures(Utf8JsonWriter json, IndicatorFigures figures, bool statusesKnown)
    {
        json.WriteStartObject();
        json.WriteNumber("observations", figures.Observations);
        json.WriteNumber("richesse", figures.Richness);
        if (statusesKnown)
        {
            json.WriteNumber("taxonsPatrimoniaux", figures.HeritageTaxa);
            json.WriteNumber("taxonsEnvahissants", figures.InvasiveTaxa);
        }

        json.WriteNumber("observateurs", figures.Observers);
        json.WriteNumber("joursObservation", figures.ObservationDays);
        json.WriteNumber("visites", figures.Visits);
        json.WriteString("premiereDate", figures.FirstDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteString("derniereDate", figures.LastDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteEndObject();
    }

    private static void Flagged(Utf8JsonWriter json, string name, IReadOnlyList<FlaggedTaxon> taxa, bool statusesKnown, string method)
    {
        json.WriteStartObject(name);
        json.WriteString("methode", statusesKnown ? method : "Non calculé : aucun fichier BDC statuts fourni (--statuts).");
        json.WriteStartArray("taxons");
        foreach (var taxon in taxa)
        {
            json.WriteStartObject();
            json.WriteNumber("cdRef", taxon.CdRef);
            json.WriteString("nom", taxon.Name);
            json.WriteNumber("observations", taxon.Observations);
            json.WriteStartArray("statuts");
            foreach (var status in taxon.Statuses)
            {
                json.WriteStringValue(status);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, Math.Round(number, 4));
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
