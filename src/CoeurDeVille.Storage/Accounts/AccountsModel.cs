using CoeurDeVille.Storage.Audit;
using CoeurDeVille.Storage.HostedTerritories;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CoeurDeVille.Storage.Accounts;

/// <summary>
/// The tables of accounts, hosted territories and the audit log, kept out of <see cref="CdvDbContext"/> so that its
/// model stays short. Identity's tables lose their <c>AspNet</c> prefix to match the snake_case of the base.
/// </summary>
internal static class AccountsModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CdvUser>().ToTable("users");
        modelBuilder.Entity<IdentityRole>().ToTable("roles");
        modelBuilder.Entity<IdentityUserRole<string>>().ToTable("user_roles");
        modelBuilder.Entity<IdentityUserClaim<string>>().ToTable("user_claims");
        modelBuilder.Entity<IdentityUserLogin<string>>().ToTable("user_logins");
        modelBuilder.Entity<IdentityUserToken<string>>().ToTable("user_tokens");
        modelBuilder.Entity<IdentityRoleClaim<string>>().ToTable("role_claims");

        modelBuilder.Entity<HostedTerritory>(territory =>
        {
            territory.ToTable("hosted_territories");
            territory.HasKey(t => t.Code);
            territory.Property(t => t.Code).HasMaxLength(9);
            territory.Property(t => t.Kind).HasConversion<string>();
            territory.HasIndex(t => t.Slug).IsUnique();
        });

        modelBuilder.Entity<TerritoryMembership>(membership =>
        {
            membership.ToTable("territory_memberships");
            membership.HasKey(m => new { m.UserId, m.TerritoryCode });
            membership.HasIndex(m => m.TerritoryCode);
            membership.Property(m => m.Role).HasConversion<string>();
            membership.HasOne<CdvUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
            membership.HasOne<HostedTerritory>().WithMany().HasForeignKey(m => m.TerritoryCode).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<SetupClaim>(claim =>
        {
            claim.ToTable("setup_claims");
            claim.HasKey(c => c.Name);
            claim.Property(c => c.Name).HasMaxLength(64);
        });

        modelBuilder.Entity<AuditEntry>(entry =>
        {
            entry.ToTable("audit_entries");
            entry.HasKey(e => e.Id);
            entry.HasIndex(e => new { e.TerritoryCode, e.Id });
        });
    }
}
