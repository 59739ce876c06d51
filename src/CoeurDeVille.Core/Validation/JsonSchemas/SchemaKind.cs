namespace CoeurDeVille.Core.Validation.JsonSchemas;

/// <summary>Which validator a schema file calls for.</summary>
public enum SchemaKind
{
    /// <summary>Neither: a Data Package, a non-object, or an object with none of the keys below.</summary>
    Unknown,

    /// <summary>A frictionless Table Schema: an object with a <c>fields</c> array (CSV, XLSX).</summary>
    TableSchema,

    /// <summary>A JSON Schema: an object with <c>$schema</c>, or <c>type</c>/<c>properties</c>/<c>$ref</c>/<c>definitions</c>/<c>$defs</c> (JSON, GeoJSON).</summary>
    JsonSchema,
}
