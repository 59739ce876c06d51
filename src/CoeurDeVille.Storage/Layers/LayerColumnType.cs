namespace CoeurDeVille.Storage.Layers;

/// <summary>The simple property types of a layer's schema.</summary>
public enum LayerColumnType
{
    Text,
    Integer,
    Number,
}
