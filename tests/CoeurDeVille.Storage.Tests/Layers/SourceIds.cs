using System.Globalization;
using System.Text.Json;
using CoeurDeVille.Storage.Layers;

namespace CoeurDeVille.Storage.Tests.Layers;

/// <summary>
/// Stored feature id → the source's own number, read back from a property. The store numbers features in Z-order of
/// their position, not in source order, so tests name features by what the source wrote in them.
/// </summary>
public static class SourceIds
{
    /// <summary>Every feature of the layer: id → the integer in <paramref name="property"/> (« p12 » → 12).</summary>
    public static async Task<Dictionary<long, long>> ReadAsync(LayerStore store, LayerInfo layer, string property, CancellationToken cancellationToken)
    {
        var map = new Dictionary<long, long>();
        await foreach (var feature in store.ReadAllAsync(layer, cancellationToken))
        {
            map[feature.Id] = Of(feature, property);
        }

        return map;
    }

    /// <summary>The integer in <paramref name="property"/> of one feature, any leading letters skipped.</summary>
    public static long Of(StoredFeature feature, string property)
    {
        using var properties = JsonDocument.Parse(feature.PropertiesJson);
        var value = properties.RootElement.GetProperty(property);
        return value.ValueKind == JsonValueKind.Number
            ? value.GetInt64()
            : long.Parse(value.GetString()!.TrimStart('p'), CultureInfo.InvariantCulture);
    }
}
