using System.Text.Json.Serialization;

namespace CoeurDeVille.Core.Validation.JsonSchemas;

/// <summary>Source-generated reader for the list of missing property names in a <c>required</c> message.</summary>
[JsonSerializable(typeof(string[]))]
internal sealed partial class JsonSchemaJsonContext : JsonSerializerContext;
