using Microsoft.EntityFrameworkCore;

namespace CoeurDeVille.Storage.Extracts;

/// <summary>Tables of published extractions and their versions (<c>published_extractions</c>, <c>dataset_versions</c>).</summary>
internal static class ExtractTables
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<PublishedExtraction>(published =>
        {
            published.ToTable("published_extractions");
            published.HasKey(p => new { p.InventoryTerritoryCode, p.DatasetId });
        });

        modelBuilder.Entity<DatasetVersion>(version =>
        {
            version.ToTable("dataset_versions");
            version.HasKey(v => new { v.InventoryTerritoryCode, v.DatasetId, v.Number });
        });
    }
}
