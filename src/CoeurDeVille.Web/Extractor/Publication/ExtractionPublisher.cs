using System.Security.Cryptography;
using System.Text.Json;
using CoeurDeVille.Core.Catalogue;
using CoeurDeVille.Core.Configuration;
using CoeurDeVille.Extraction.Engine;
using CoeurDeVille.Extraction.Sources;
using CoeurDeVille.Storage.Extracts;
using CoeurDeVille.Storage.Files;
using CoeurDeVille.Web.Extractor.Refresh;
using CoeurDeVille.Web.Extractor.Territories;

namespace CoeurDeVille.Web.Extractor.Publication;

/// <summary>
/// Publishes an extraction as a dataset of each territory's catalogue (its own cut each, one reading of the source),
/// and makes the new versions of refreshes: stores the files in the <see cref="IFileStore"/>, compares with the
/// previous version and writes dataset, definition and version in one transaction per territory.
/// </summary>
public sealed class ExtractionPublisher(
    ExtractionService extraction, ExtractPublicationStore store, IFileStore files, CdvSettings settings, TimeProvider time)
{
    // Version numbers are read then written: publications and refreshes of this host take turns.
    private readonly SemaphoreSlim _gate = new(1, 1);

    public static readonly string[] Schedules = ["quotidienne", "hebdomadaire"];

    public static string DatasetIdOf(string sourceId) => "extrait-" + OutputNames.Slug(sourceId);

    public static string FileUrl(string territoryCode, string datasetId, int version, string name, string? baseUri = null) =>
        $"{baseUri?.TrimEnd('/')}/territoires/{Uri.EscapeDataString(territoryCode)}/jeux-de-donnees/{Uri.EscapeDataString(datasetId)}/fichiers/{version}/{Uri.EscapeDataString(name)}";

    /// <summary>
    /// Cuts <paramref name="sourceId"/> for each territory and stores a version for each whose output differs from
    /// its current version (all of them on a first publication).
    /// </summary>
    /// <param name="baseUri">Scheme and host of download URLs, so DCAT harvesters get absolute addresses.</param>
    public async Task<IReadOnlyList<PublishedVersion>> PublishAsync(
        string sourceId, ExtractionFormatChoice format, IReadOnlyList<TerritoryReference> territories, string schedule, string? baseUri, CancellationToken cancellationToken)
    {
        var source = extraction.Sources.Get(sourceId);
        var scratch = Path.Combine(settings.DataFolder, "extraits", "publications", Guid.NewGuid().ToString("N"));
        try
        {
            var report = await extraction.RunAsync(sourceId, territories, format, Path.Combine(scratch, "sortie"), null, cancellationToken);
            // The diff reads a plain CSV: other formats get a second, CSV, cut as their snapshot.
            var snapshots = format.Id == "csv"
                ? report
                : await extraction.RunAsync(sourceId, territories, ExtractionFormatChoice.Find("csv")!, Path.Combine(scratch, "csv"), null, cancellationToken);
            var sourceSha = report.Download.Path.Length > 0 && File.Exists(report.Download.Path) ? await HashAsync(report.Download.Path, cancellationToken) : "";
            var results = new List<PublishedVersion>();
            for (var i = 0; i < territories.Count; i++)
            {
                await _gate.WaitAsync(cancellationToken);
                try
                {
                    results.Add(await StoreAsync(source, format, territories[i], schedule, baseUri, report, report.Outputs[i], snapshots.Outputs[i].Path, sourceSha, cancellationToken));
                }
                finally
                {
                    _gate.Release();
                }
            }

            return results;
        }
        finally
        {
            try
            {
                Directory.Delete(scratch, recursive: true);
            }
            catch (DirectoryNotFoundException)
            {
                // Nothing was written.
            }
        }
    }

    public static async Task<string> HashAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
    }

    private async Task<PublishedVersion> StoreAsync(
        SourceDescriptor source, ExtractionFormatChoice format, TerritoryReference territory, string schedule, string? baseUri, ExtractionReport report,
        ExtractionOutput output, string snapshot, string sourceSha, CancellationToken cancellationToken)
    {
        var code = territory.Code;
        var datasetId = DatasetIdOf(source.Id);
        var now = time.GetUtcNow();
        var previous = await store.DefinitionAsync(code, datasetId, cancellationToken);
        var previousVersion = previous is null ? null : await store.VersionAsync(code, datasetId, previous.CurrentVersion, cancellationToken);
        if (previousVersion is not null && previous!.Format == format.Id && previousVersion.OutputSha256 == output.Sha256)
        {
            // Same rows for this territory: the source changed elsewhere, no new version.
            await store.MarkCheckedAsync(code, datasetId, now, sourceSha, cancellationToken);
            return new PublishedVersion(code, datasetId, null, output.Rows, 0, 0, 0);
        }

        string? previousSnapshot = null;
        if (previousVersion?.SnapshotKey is { } snapshotKey)
        {
            previousSnapshot = Path.Combine(Path.GetDirectoryName(snapshot)!, "precedente-" + code + ".csv");
            await using (var stored = await files.OpenReadAsync(snapshotKey, cancellationToken))
            {
                if (stored is null)
                {
                    previousSnapshot = null;
                }
                else
                {
                    await using var copy = File.Create(previousSnapshot);
                    await stored.CopyToAsync(copy, cancellationToken);
                }
            }
        }

        var diff = RowDiff.Compute(previousSnapshot, snapshot, source.Key);
        var folder = $"catalogue/{OutputNames.Slug(code)}/{datasetId}/{Guid.NewGuid():N}";
        var name = Path.GetFileName(output.Path);
        await files.SaveAsync($"{folder}/{name}", output.Path, cancellationToken);
        await files.SaveAsync($"{folder}/{name}.provenance.json", output.ProvenancePath, cancellationToken);
        await files.SaveAsync($"{folder}/instantane.csv", snapshot, cancellationToken);
        var licence = output.Path + ".LICENCE.txt";
        string? licenceKey = null;
        if (File.Exists(licence))
        {
            licenceKey = $"{folder}/{name}.LICENCE.txt";
            await files.SaveAsync(licenceKey, licence, cancellationToken);
        }

        var version = new DatasetVersion
        {
            InventoryTerritoryCode = code,
            DatasetId = datasetId,
            RetrievedAt = report.Download.RetrievedAt,
            SourceSha256 = sourceSha,
            OutputSha256 = output.Sha256,
            RowCount = output.Rows,
            RowsAdded = diff.Added,
            RowsRemoved = diff.Removed,
            RowsChanged = diff.Changed,
            FileName = name,
            FileKey = $"{folder}/{name}",
            ProvenanceKey = $"{folder}/{name}.provenance.json",
            LicenceNoticeKey = licenceKey,
            SnapshotKey = $"{folder}/instantane.csv",
            ChangeSample = diff.Sample.Count == 0 ? null : JsonSerializer.Serialize(diff.Sample),
        };
        var definition = new PublishedExtraction
        {
            InventoryTerritoryCode = code,
            DatasetId = datasetId,
            SourceId = source.Id,
            Perimeter = territory.Spec,
            Format = format.Id,
            Schedule = schedule,
            KeyColumn = source.Key,
            PublishedAt = previous?.PublishedAt ?? now,
            LastCheckedAt = now,
            SourceSha256 = sourceSha,
            PublicBaseUri = baseUri,
        };
        var expected = (previous?.CurrentVersion ?? 0) + 1;
        var dataset = Describe(source, format, territory, datasetId, schedule, expected, name, baseUri, previous?.PublishedAt ?? now, now);
        var number = await store.PublishAsync(dataset, definition, version, cancellationToken);
        return new PublishedVersion(code, datasetId, number, output.Rows, diff.Added, diff.Removed, diff.Changed);
    }

    private static Dataset Describe(
        SourceDescriptor source, ExtractionFormatChoice format, TerritoryReference territory, string datasetId, string schedule,
        int version, string fileName, string? baseUri, DateTimeOffset created, DateTimeOffset now) => new()
    {
        Id = datasetId,
        Title = $"{source.Title} — {territory.Name}",
        Description = $"{source.Description}\n\nExtraction pour {territory.KindLabel} {territory.Name} ({territory.Code}) de la source nationale « {source.Title} », " +
            $"mise à jour {schedule} quand la source change. {ProvenanceWriter.Notice(source)}",
        Theme = "Données nationales à l'échelle du territoire",
        Keywords = [source.Id, "extraction", territory.Name],
        ProducerName = source.Producer,
        ProducerType = ProducerType.NationalPublic,
        OpennessStatus = OpennessStatus.AlreadyOpen,
        Licence = source.Licence,
        UpdateFrequency = schedule,
        Created = DateOnly.FromDateTime(created.UtcDateTime),
        Modified = DateOnly.FromDateTime(now.UtcDateTime),
        SpatialCoverage = territory.Spec,
        LandingPage = source.Url,
        TerritoryCode = territory.Code,
        Distributions =
        [
            new Distribution(format.Format.ToString().ToUpperInvariant(), FileUrl(territory.Code, datasetId, version, fileName, baseUri), $"{fileName} (version {version})"),
            new Distribution("JSON", FileUrl(territory.Code, datasetId, version, fileName + ".provenance.json", baseUri), "Provenance de l'extraction"),
        ],
    };
}
