namespace CoeurDeVille.Storage.Accounts;

/// <summary>
/// A one-off step of the instance's setup, claimed once (table <c>setup_claims</c>, keyed by name). Its primary key is
/// the lock that lets only one of several concurrent requests create the first administrator, on SQLite and on
/// PostgreSQL alike: the second insert waits for the first transaction, then finds the row and gives up.
/// </summary>
public sealed class SetupClaim
{
    /// <summary>Name of the first administrator's claim.</summary>
    public const string FirstAdmin = "premier-administrateur";

    public required string Name { get; set; }

    public DateTimeOffset ClaimedAt { get; set; }
}
