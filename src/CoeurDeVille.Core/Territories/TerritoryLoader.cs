using System.Formats.Tar;
using System.IO.Compression;
using CoeurDeVille.Core.Configuration;
using CoeurDeVille.Core.Downloads;

namespace CoeurDeVille.Core.Territories;

/// <summary>
/// Gets the territory files on first use — from the npm tarball of <c>@etalab/decoupage-administratif</c>
/// or from a folder of its JSON files — and reads them into a <see cref="TerritoryDirectory"/>.
/// </summary>
public sealed class TerritoryLoader
{
    private static readonly string[] Files = ["communes.json", "epci.json", "departements.json", "regions.json"];
    private readonly TerritorySettings _settings;
    private readonly DownloadCache _cache;
    private readonly string _folder;

    public TerritoryLoader(CdvSettings settings, DownloadCache cache)
    {
        _settings = settings.Territoires;
        _cache = cache;
        _folder = Path.Combine(settings.DataFolder, "territoires");
    }

    public async Task<TerritoryDirectory> LoadAsync(CancellationToken cancellationToken = default)
    {
        var paths = await EnsureFilesAsync(cancellationToken).ConfigureAwait(false);
        await using var communes = File.OpenRead(paths[0]);
        await using var epci = File.OpenRead(paths[1]);
        await using var departements = File.OpenRead(paths[2]);
        await using var regions = File.OpenRead(paths[3]);
        return DecoupageAdministratifReader.Read(communes, epci, departements, regions);
    }

    private async Task<string[]> EnsureFilesAsync(CancellationToken cancellationToken)
    {
        var source = _settings.Decoupage;
        if (source.EndsWith(".tgz", StringComparison.OrdinalIgnoreCase) || source.EndsWith(".tar.gz", StringComparison.OrdinalIgnoreCase))
        {
            var tarball = await _cache.FetchAsync(source, cancellationToken: cancellationToken).ConfigureAwait(false);
            var target = Path.Combine(_folder, Path.GetFileName(tarball.Path) + "-" + tarball.Length);
            if (!Files.All(f => File.Exists(Path.Combine(target, f))))
            {
                await ExtractAsync(tarball.Path, target, cancellationToken).ConfigureAwait(false);
            }

            return [.. Files.Select(f => Path.Combine(target, f))];
        }

        var results = new string[Files.Length];
        for (var i = 0; i < Files.Length; i++)
        {
            var location = source.Contains("://", StringComparison.Ordinal)
                ? source.TrimEnd('/') + "/" + Files[i]
                : Path.Combine(source, Files[i]);
            results[i] = (await _cache.FetchAsync(location, cancellationToken: cancellationToken).ConfigureAwait(false)).Path;
        }

        return results;
    }

    private static async Task ExtractAsync(string tarball, string target, CancellationToken cancellationToken)
    {
        var temporary = target + ".tmp-" + Environment.ProcessId;
        Directory.CreateDirectory(temporary);
        await using (var file = File.OpenRead(tarball))
        await using (var gzip = new GZipStream(file, CompressionMode.Decompress))
        await using (var tar = new TarReader(gzip))
        {
            while (await tar.GetNextEntryAsync(cancellationToken: cancellationToken).ConfigureAwait(false) is { } entry)
            {
                var name = Path.GetFileName(entry.Name);
                if (entry.Name.Contains("/data/", StringComparison.Ordinal) && Files.Contains(name))
                {
                    await entry.ExtractToFileAsync(Path.Combine(temporary, name), overwrite: true, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        var missing = Files.Where(f => !File.Exists(Path.Combine(temporary, f))).ToList();
        if (missing.Count > 0)
        {
            Directory.Delete(temporary, recursive: true);
            throw new InvalidDataException($"Paquet decoupage-administratif incomplet : {string.Join(", ", missing)} absent(s) de {tarball}.");
        }

        if (Directory.Exists(target))
        {
            Directory.Delete(target, recursive: true);
        }

        Directory.Move(temporary, target);
    }
}
