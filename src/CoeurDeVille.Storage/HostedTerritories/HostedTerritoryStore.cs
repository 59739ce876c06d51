using CoeurDeVille.Core.Territories;
using CoeurDeVille.Storage.Accounts;
using CoeurDeVille.Storage.Audit;
using Microsoft.EntityFrameworkCore;

namespace CoeurDeVille.Storage.HostedTerritories;

/// <summary>
/// Hosts territories (all or nothing: an unknown code refuses the whole request) and edits their look. Every change
/// writes its audit entry in the same transaction.
/// </summary>
public sealed class HostedTerritoryStore(IDbContextFactory<CdvDbContext> contexts, AuditLog audit, TimeProvider timeProvider)
{
    /// <summary>
    /// Resolves <paramref name="request"/> against the COG and creates the territories not hosted yet. When
    /// <paramref name="animatorUserId"/> is given, that account becomes animator of every territory created. Throws a
    /// <see cref="HostingException"/> listing the offending codes when any code is unknown; then nothing is written.
    /// </summary>
    public async Task<HostingResult> HostAsync(
        TerritoryDirectory directory,
        HostingRequest request,
        AuditActor actor,
        string? animatorUserId = null,
        CancellationToken cancellationToken = default)
    {
        var (wanted, former) = Resolve(directory, request);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var codes = wanted.Select(w => w.Code).ToList();
        var existing = await db.HostedTerritories.Where(t => codes.Contains(t.Code)).Select(t => t.Code).ToListAsync(cancellationToken);
        var now = timeProvider.GetUtcNow();
        var created = new List<HostedTerritory>();
        foreach (var (code, kind, name) in wanted.Where(w => !existing.Contains(w.Code)))
        {
            var territory = new HostedTerritory { Code = code, Kind = kind, Name = name, HostedAt = now };
            db.HostedTerritories.Add(territory);
            created.Add(territory);
            if (animatorUserId is not null)
            {
                db.TerritoryMemberships.Add(new TerritoryMembership
                {
                    UserId = animatorUserId, TerritoryCode = code, Role = TerritoryRole.Animator, GrantedAt = now,
                });
            }

            audit.Add(db, actor, "territoire.heberger", code, code, new { nom = name, type = kind.ToString() });
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        HostedTerritoryChanges.Committed();
        return new HostingResult(created, existing.Order(StringComparer.Ordinal).ToList(), former);
    }

    /// <summary>Every hosted territory, by code.</summary>
    public async Task<IReadOnlyList<HostedTerritory>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.HostedTerritories.AsNoTracking().OrderBy(t => t.Code).ToListAsync(cancellationToken);
    }

    public async Task<HostedTerritory?> FindAsync(string code, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.HostedTerritories.AsNoTracking().FirstOrDefaultAsync(t => t.Code == code, cancellationToken);
    }

    /// <summary>
    /// Changes a territory's look. Returns the French messages of the invalid fields (nothing saved) or an empty list.
    /// <paramref name="logo"/> must already be sniffed by the caller; null keeps the current logo.
    /// </summary>
    public async Task<IReadOnlyList<string>> UpdateLookAsync(
        string code,
        string? displayName,
        string? slug,
        string? primaryColour,
        string? secondaryColour,
        (byte[] Bytes, string MediaType)? logo,
        AuditActor actor,
        CancellationToken cancellationToken = default)
    {
        var errors = new[]
        {
            TerritoryLook.CheckColour(primaryColour, "Couleur principale"),
            TerritoryLook.CheckColour(secondaryColour, "Couleur secondaire"),
            TerritoryLook.CheckSlug(slug),
            displayName is { Length: > 120 } ? "Nom affiché : 120 caractères au plus." : null,
        }.OfType<string>().ToList();
        if (errors.Count > 0)
        {
            return errors;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var territory = await db.HostedTerritories.FirstOrDefaultAsync(t => t.Code == code, cancellationToken)
            ?? throw new HostingException($"Le territoire {code} n'est pas hébergé par cette instance.", [code]);
        if (slug is not null && await db.HostedTerritories.AnyAsync(t => t.Slug == slug && t.Code != code, cancellationToken))
        {
            return [$"Nom court : « {slug} » est déjà pris par un autre territoire."];
        }

        var before = new { territory.DisplayName, territory.Slug, territory.PrimaryColour, territory.SecondaryColour, logo = territory.LogoMediaType };
        territory.DisplayName = string.IsNullOrWhiteSpace(displayName) ? null : displayName.Trim();
        territory.Slug = slug;
        territory.PrimaryColour = primaryColour?.ToLowerInvariant();
        territory.SecondaryColour = secondaryColour?.ToLowerInvariant();
        if (logo is { } image)
        {
            territory.Logo = image.Bytes;
            territory.LogoMediaType = image.MediaType;
        }

        var after = new { territory.DisplayName, territory.Slug, territory.PrimaryColour, territory.SecondaryColour, logo = territory.LogoMediaType };
        audit.Add(db, actor, "apparence.modifier", code, code, new { avant = before, apres = after });
        await db.SaveChangesAsync(cancellationToken);
        HostedTerritoryChanges.Committed();
        return [];
    }

    /// <summary>The territories a request names, or a <see cref="HostingException"/> listing every unknown code.</summary>
    public static (IReadOnlyList<(string Code, TerritoryKind Kind, string Name)> Territories, IReadOnlyDictionary<string, string> Former) Resolve(
        TerritoryDirectory directory, HostingRequest request)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(request);
        var result = new List<(string, TerritoryKind, string)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var former = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var unknown = new List<string>();

        void AddCommune(string code)
        {
            if (directory.FindCommune(code) is { } commune && seen.Add(code))
            {
                result.Add((code, TerritoryKind.Commune, commune.Name));
            }
        }

        foreach (var raw in request.Codes.Select(c => c.Trim()))
        {
            if (raw.Length == 9 && raw.All(char.IsAsciiDigit) && directory.FindEpci(raw) is { } epci)
            {
                if (seen.Add(raw))
                {
                    result.Add((raw, TerritoryKind.Epci, epci.Name));
                }

                continue;
            }

            if (raw.Length is >= 4 and <= 5 && raw.All(c => char.IsAsciiDigit(c) || c is 'A' or 'B' or 'a' or 'b'))
            {
                var resolution = directory.Resolve(raw.ToUpperInvariant(), out var current);
                if (resolution != CommuneCodeResolution.Unknown)
                {
                    if (resolution == CommuneCodeResolution.Former)
                    {
                        former[raw] = current;
                    }

                    AddCommune(current);
                    continue;
                }
            }

            unknown.Add(raw);
        }

        foreach (var siren in request.EpciMembersOf.Select(c => c.Trim()))
        {
            if (directory.FindEpci(siren) is { } epci)
            {
                foreach (var member in epci.MemberCodes)
                {
                    AddCommune(member);
                }
            }
            else
            {
                unknown.Add(siren);
            }
        }

        foreach (var departement in request.CommunesOfDepartements.Select(c => c.Trim().ToUpperInvariant()))
        {
            if (directory.FindDepartement(departement) is null)
            {
                unknown.Add(departement);
                continue;
            }

            foreach (var commune in directory.CommunesOfDepartement(departement).OrderBy(c => c.Code, StringComparer.Ordinal))
            {
                AddCommune(commune.Code);
            }
        }

        if (unknown.Count > 0)
        {
            var shown = string.Join(", ", unknown.Select(c => $"« {Shorten(c)} »"));
            throw new HostingException(
                $"Codes inconnus du Code officiel géographique : {shown}. Aucun territoire n'a été créé ; corrigez ou retirez ces codes.",
                unknown);
        }

        if (result.Count == 0)
        {
            throw new HostingException("Aucun territoire demandé : donnez des codes INSEE, un SIREN d'EPCI ou un département.", []);
        }

        return (result, former);
    }

    private static string Shorten(string code) => code.Length <= 40 ? code : code[..40] + "…";
}
