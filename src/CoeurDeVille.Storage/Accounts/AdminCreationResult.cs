namespace CoeurDeVille.Storage.Accounts;

/// <summary>
/// Outcome of <see cref="AccountSetup.CreateAdminAsync"/>: created, refused with French <see cref="Errors"/>, or refused
/// because the caller asked for the first administrator and one exists or is being created (<see cref="NotFirst"/>).
/// Nothing is kept unless <see cref="Succeeded"/>.
/// </summary>
public sealed record AdminCreationResult(IReadOnlyList<string> Errors, bool NotFirst)
{
    public bool Succeeded => Errors.Count == 0 && !NotFirst;
}
