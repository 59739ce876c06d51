using NetTopologySuite.Geometries;

namespace CoeurDeVille.Storage.Layers;

/// <summary>One feature ready for SQLite: its id, envelope (null without geometry), WKB and properties JSON.</summary>
internal readonly record struct SqliteLayerRow(long Id, Envelope? Envelope, byte[]? Wkb, string Properties);
