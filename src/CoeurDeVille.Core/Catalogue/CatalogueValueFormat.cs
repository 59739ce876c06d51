namespace CoeurDeVille.Core.Catalogue;

/// <summary>Table Schema type/format of a catalogue column, as far as checks go.</summary>
internal enum CatalogueValueFormat
{
    Text,
    Date,
    Email,
    Uri,
    Integer,
}
