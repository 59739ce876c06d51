using CoeurDeVille.Core.Photos;

namespace CoeurDeVille.Storage.Photos;

/// <summary>
/// What <see cref="PhotoStore.AddAsync"/> stores: a sanitised photo and who may be credited for it. <see cref="Id"/>
/// is chosen by the store unless given (imports that keep their own identifiers, tests).
/// </summary>
public sealed record NewPhoto(
    string TerritoryCode, string Subject, string? AuthorUserId, string AuthorName, string Licence, SanitizedPhoto Content, bool Published, Guid? Id = null);
