using System.Text.Json.Serialization;

namespace CoeurDeVille.Storage.Trees;

/// <summary>Compiled (de)serialisation of the version snapshots: an import writes one per tree, reflection cost showed.</summary>
[JsonSerializable(typeof(StoredTree))]
internal sealed partial class TreeSnapshotJson : JsonSerializerContext;
