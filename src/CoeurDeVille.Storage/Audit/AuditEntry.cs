namespace CoeurDeVille.Storage.Audit;

/// <summary>One change to the data: who did what to which target, on which territory, when (table <c>audit_entries</c>).</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    /// <summary>When, from the <see cref="TimeProvider"/> of the writer.</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>Account id, or null for the CLI or the system.</summary>
    public string? UserId { get; set; }

    /// <summary>Readable actor: the account's e-mail, « cdv (ligne de commande) », « système ».</summary>
    public required string Actor { get; set; }

    /// <summary>Territory concerned; null for instance-wide changes (a new administrator).</summary>
    public string? TerritoryCode { get; set; }

    /// <summary>Stable action name, dotted: <c>territoire.heberger</c>, <c>compte.creer</c>, <c>apparence.modifier</c>…</summary>
    public required string Action { get; set; }

    /// <summary>What was changed: a dataset id, an account's e-mail, a territory code.</summary>
    public string? Target { get; set; }

    /// <summary>JSON summary or diff of the change (<c>{"avant":…,"apres":…}</c> by convention).</summary>
    public string? Details { get; set; }
}
