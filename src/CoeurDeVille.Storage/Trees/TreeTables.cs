using CoeurDeVille.Storage.Trees.Community;
using Microsoft.EntityFrameworkCore;

namespace CoeurDeVille.Storage.Trees;

/// <summary>
/// Tables of the tree inventories (<c>trees</c>, <c>tree_versions</c>, <c>tree_interventions</c>). They live in
/// Storage, next to the other shared tables, so the one <see cref="CdvDbContext"/> and its migrations make them
/// on both providers without a model-contribution hook that the web host and the CLI would both have to register.
/// </summary>
internal static class TreeTables
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<StoredTree>(tree =>
        {
            tree.ToTable("trees");
            tree.HasKey(t => new { t.TerritoryCode, t.TreeId });
            tree.HasIndex(t => new { t.TerritoryCode, t.SourceId }).IsUnique();
            tree.HasIndex(t => new { t.TerritoryCode, t.Genus, t.Species });
        });

        modelBuilder.Entity<TreeVersion>(version =>
        {
            version.ToTable("tree_versions");
            version.HasKey(v => v.Id);
            version.HasIndex(v => new { v.TerritoryCode, v.TreeId, v.At });
            version.HasIndex(v => new { v.TerritoryCode, v.Id }); // the pages' cache stamp: max(id) per territory
            version.Property(v => v.Kind).HasConversion<string>();
        });

        modelBuilder.Entity<TreeIntervention>(intervention =>
        {
            intervention.ToTable("tree_interventions");
            intervention.HasKey(i => i.Id);
            intervention.HasIndex(i => new { i.TerritoryCode, i.TreeId });
            intervention.Property(i => i.Kind).HasConversion<string>();
        });

        TreeCommunityTables.Configure(modelBuilder);
    }
}
