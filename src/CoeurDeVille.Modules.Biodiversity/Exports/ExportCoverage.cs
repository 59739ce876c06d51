using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CoeurDeVille.Modules.Biodiversity.Exports;

/// <summary>What the written records cover, for <see cref="EmlWriter"/>: positions, dates, taxa (counted per name).</summary>
internal sealed class ExportCoverage
{
    private readonly Dictionary<string, int> _taxa = new(StringComparer.Ordinal);
    private readonly IncrementalHash _content = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public (double West, double East, double South, double North)? Box { get; private set; }

    public DateOnly? First { get; private set; }

    public DateOnly? Last { get; private set; }

    public int TaxaCount => _taxa.Count;

    /// <summary>A UUID derived from the written ids: the same export gives the same package id.</summary>
    public string PackageId
    {
        get
        {
            var hash = _content.GetCurrentHash();
            hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
            hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
            return new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString();
        }
    }

    public void Add(ExportRow row)
    {
        _content.AppendData(Encoding.UTF8.GetBytes(row.PermanentId));
        if (row is { Longitude: { } lon, Latitude: { } lat })
        {
            Box = Box is { } b ? (Math.Min(b.West, lon), Math.Max(b.East, lon), Math.Min(b.South, lat), Math.Max(b.North, lat)) : (lon, lon, lat, lat);
        }

        if (row.DateStart is { } start)
        {
            First = First is { } f && f <= start ? f : start;
            var end = row.DateEnd ?? start;
            Last = Last is { } l && l >= end ? l : end;
        }

        // One entry per reference taxon (synonyms merged); a name-less taxon is listed by its TAXREF code.
        var name = row.ValidName ?? (row.CdRef is { } code ? $"TAXREF {code.ToString(CultureInfo.InvariantCulture)}" : row.CitedName);
        if (name is not null)
        {
            ref var count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_taxa, name, out _);
            count++;
        }
    }

    public IReadOnlyList<string> MostRecorded(int count) =>
        [.. _taxa.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(count).Select(p => p.Key)];
}
