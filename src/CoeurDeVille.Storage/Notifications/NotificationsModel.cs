using CoeurDeVille.Storage.Accounts;
using Microsoft.EntityFrameworkCore;

namespace CoeurDeVille.Storage.Notifications;

/// <summary>The <c>notifications</c> table, configured from <see cref="CdvDbContext"/>; rows go with their account.</summary>
internal static class NotificationsModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Notification>(notification =>
        {
            notification.ToTable("notifications");
            notification.HasKey(n => n.Id);
            notification.Property(n => n.TerritoryCode).HasMaxLength(9);
            notification.Property(n => n.Title).HasMaxLength(200);
            notification.Property(n => n.Link).HasMaxLength(500);
            notification.HasIndex(n => new { n.UserId, n.Id });
            notification.HasOne<CdvUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
