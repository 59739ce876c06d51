using Microsoft.EntityFrameworkCore;

namespace CoeurDeVille.Storage.Photos;

/// <summary>The <c>photos</c> table, configured from <see cref="CdvDbContext"/>.</summary>
internal static class PhotosModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<StoredPhoto>(photo =>
        {
            photo.ToTable("photos");
            photo.HasKey(p => p.Id);
            photo.Property(p => p.TerritoryCode).HasMaxLength(9);
            photo.Property(p => p.Subject).HasMaxLength(200);
            photo.Property(p => p.AuthorName).HasMaxLength(100);
            photo.Property(p => p.Licence).HasMaxLength(20);
            photo.HasIndex(p => new { p.TerritoryCode, p.Subject });
            photo.HasIndex(p => p.AuthorUserId);
        });
    }
}
