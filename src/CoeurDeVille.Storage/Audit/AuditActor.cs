namespace CoeurDeVille.Storage.Audit;

/// <summary>Who makes a change: an account (id and e-mail) or a named non-human actor.</summary>
public sealed record AuditActor(string? UserId, string Name)
{
    /// <summary>The command line (<c>cdv</c>), run by whoever has access to the server.</summary>
    public static AuditActor CommandLine { get; } = new(null, "cdv (ligne de commande)");

    /// <summary>The instance itself (setup page, background work).</summary>
    public static AuditActor System { get; } = new(null, "système");
}
