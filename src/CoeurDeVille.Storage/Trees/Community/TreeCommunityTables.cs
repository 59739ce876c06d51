using Microsoft.EntityFrameworkCore;

namespace CoeurDeVille.Storage.Trees.Community;

/// <summary>
/// Tables of the citizen community around the trees (reports, adoptions, waterings, planting proposals), configured
/// from <see cref="TreeTables"/> so the one context creates them on both providers.
/// </summary>
internal static class TreeCommunityTables
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<TreeReport>(report =>
        {
            report.ToTable("tree_reports");
            report.HasKey(r => r.Id);
            report.HasIndex(r => new { r.TerritoryCode, r.TreeId });
            report.HasIndex(r => new { r.TerritoryCode, r.Status });
            report.HasIndex(r => r.ReporterUserId);
            report.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        });

        modelBuilder.Entity<TreeAdoption>(adoption =>
        {
            adoption.ToTable("tree_adoptions");
            adoption.HasKey(a => a.Id);
            adoption.HasIndex(a => new { a.TerritoryCode, a.TreeId });
            adoption.HasIndex(a => a.UserId);
        });

        modelBuilder.Entity<TreeWatering>(watering =>
        {
            watering.ToTable("tree_waterings");
            watering.HasKey(w => w.Id);
            watering.HasIndex(w => new { w.TerritoryCode, w.TreeId });
            watering.HasIndex(w => w.UserId);
        });

        modelBuilder.Entity<PlantingProposal>(proposal =>
        {
            proposal.ToTable("tree_planting_proposals");
            proposal.HasKey(p => p.Id);
            proposal.HasIndex(p => new { p.TerritoryCode, p.Status });
            proposal.HasIndex(p => p.ProposerUserId);
            proposal.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
        });

        modelBuilder.Entity<TreePhoto>(photo =>
        {
            photo.ToTable("tree_photos");
            photo.HasKey(p => p.Id);
            photo.HasIndex(p => p.PhotoId).IsUnique();
            photo.HasIndex(p => new { p.TerritoryCode, p.TreeId });
            photo.HasIndex(p => new { p.TerritoryCode, p.Status });
            photo.HasIndex(p => p.UserId);
            photo.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
        });
    }
}
