using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CoeurDeVille.Modules.Trees.Diversity;

/// <summary>The diversity report as JSON with French keys: what <c>cdv arbres diversite --format json</c> prints and a dashboard reads.</summary>
public static class DiversityReportJson
{
    public static string Write(DiversityReport report, string? file = null)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            if (file is not null)
            {
                json.WriteString("fichier", file);
            }

            json.WriteNumber("arbresEnPlace", report.TreeCount);
            json.WriteNumber("arbresRetires", report.RemovedCount);
            json.WriteString("denominateur", "tous les arbres en place, taxon connu ou non");
            json.WriteBoolean("santamourRespecte", report.SantamourRespected);
            json.WriteStartArray("niveaux");
            foreach (var level in report.Levels)
            {
                json.WriteStartObject();
                json.WriteString("niveau", SantamourRule.NameOf(level.Level));
                json.WriteNumber("seuil", level.Threshold);
                json.WriteBoolean("respecte", level.Respected);
                json.WriteNumber("inconnus", level.UnknownCount);
                json.WriteNumber("partConnue", level.KnownShare);
                json.WriteStartArray("taxons");
                foreach (var taxon in level.Taxa)
                {
                    Taxon(json, taxon);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("genresSansFamille");
            foreach (var genus in report.UnknownGenera)
            {
                Taxon(json, genus);
            }

            json.WriteEndArray();
            json.WriteStartArray("alertes");
            foreach (var alert in report.Alerts)
            {
                json.WriteStringValue(alert);
            }

            json.WriteEndArray();
            json.WriteStartObject("sources");
            json.WriteString("regle", report.RuleSource);
            json.WriteString("familles", report.FamilySource);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Taxon(Utf8JsonWriter json, TaxonShare taxon)
    {
        json.WriteStartObject();
        json.WriteString("nom", taxon.Name);
        json.WriteNumber("nombre", taxon.Count);
        json.WriteNumber("part", taxon.Share);
        json.WriteBoolean("depasseSeuil", taxon.ExceedsThreshold);
        json.WriteEndObject();
    }
}
