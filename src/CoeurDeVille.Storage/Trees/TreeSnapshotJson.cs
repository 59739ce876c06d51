using System.Text.Json.Serialization;

namespace CoeurDeVille.Storage.Trees;

/// <summary>
/// Compiled (de)serialisation of the version snapshots: an import writes one per tree, reflection cost showed. Null
/// fields are left out (every nullable field reads back as null when absent): the snapshots were half of an imported
/// inventory's bytes, most of them « "Field":null ».
/// </summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(StoredTree))]
internal sealed partial class TreeSnapshotJson : JsonSerializerContext;
