using System.Text.Json;
using CoeurDeVille.Storage.Extracts;
using CoeurDeVille.Web.Extractor.Publication;

namespace CoeurDeVille.Web.Extractor.Refresh;

/// <summary>A version in the API and on the history page: dates, counts, diff and download URL.</summary>
public sealed record DatasetVersionView(
    int Numero, DateTimeOffset RecupereeLe, string SourceSha256, string SortieSha256, long Lignes,
    long Ajoutees, long Supprimees, long Modifiees, string Fichier, string Url, IReadOnlyList<RowChange> Exemples)
{
    public static DatasetVersionView From(DatasetVersion version) => new(
        version.Number, version.RetrievedAt, version.SourceSha256, version.OutputSha256, version.RowCount,
        version.RowsAdded, version.RowsRemoved, version.RowsChanged, version.FileName,
        ExtractionPublisher.FileUrl(version.InventoryTerritoryCode, version.DatasetId, version.Number, version.FileName),
        version.ChangeSample is null ? [] : JsonSerializer.Deserialize<List<RowChange>>(version.ChangeSample) ?? []);
}
