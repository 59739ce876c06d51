using System.Text;
using System.Text.Json;
using CoeurDeVille.Modules.Biodiversity.Synthesis;

namespace CoeurDeVille.Cli.Biodiversity;

/// <summary>The summary as JSON with French keys (what a user or a script reads).</summary>
internal static class SummaryJson
{
    public static string Write(BiodiversitySummary summary)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("fichier", summary.File);
            json.WriteString("format", FormatNames.Of(summary.Format));
            json.WriteNumber("observations", summary.Observations);
            json.WriteNumber("taxons", summary.Taxa);
            json.WriteNumber("supprimees", summary.Deleted);
            json.WriteNumber("absences", summary.Absences);
            json.WriteNumber("doublons", summary.Duplicates);
            json.WriteNumber("horsGrille", summary.OutsideGrid);
            json.WriteNumber("sansMaille", summary.WithoutCell);
            json.WriteNumber("sansCommune", summary.WithoutCommune);
            json.WriteNumber("sansCodeTaxref", summary.WithoutTaxrefCode);
            Figures(json, "mois", summary.Months);
            Figures(json, "mailles10km", summary.Cells10Km);
            Figures(json, "mailles1km", summary.Cells1Km);
            Figures(json, "communes", summary.Communes);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Figures(Utf8JsonWriter json, string name, IReadOnlyList<SummaryFigure> figures)
    {
        json.WriteStartArray(name);
        foreach (var figure in figures)
        {
            json.WriteStartObject();
            json.WriteString("code", figure.Code);
            json.WriteNumber("observations", figure.Observations);
            json.WriteNumber("taxons", figure.Taxa);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
