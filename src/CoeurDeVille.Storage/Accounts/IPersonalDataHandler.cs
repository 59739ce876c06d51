namespace CoeurDeVille.Storage.Accounts;

/// <summary>
/// One feature's share of a person's data (GDPR articles 15 and 17): what it holds about an account, and how it
/// forgets it when the account is deleted. Register each with <c>services.AddSingleton&lt;IPersonalDataHandler, …&gt;()</c>;
/// <see cref="AccountData"/> calls them all.
/// </summary>
public interface IPersonalDataHandler
{
    /// <summary>Name of the section in the export (French, short: « signalements », « observations »).</summary>
    string Label { get; }

    /// <summary>What this feature holds about the person, serialisable to JSON; null for nothing.</summary>
    Task<object?> ExportAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>Deletes or anonymises what this feature holds: facts may stay without a name, free text and photos go.</summary>
    Task EraseAsync(string userId, CancellationToken cancellationToken = default);
}
