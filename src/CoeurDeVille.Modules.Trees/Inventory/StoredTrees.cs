using CoeurDeVille.Storage.Trees;

namespace CoeurDeVille.Modules.Trees.Inventory;

/// <summary>Between the module's <see cref="TreeRecord"/> and the stored row (the schema-arbre id becomes the source id).</summary>
public static class StoredTrees
{
    public static StoredTree From(string territoryCode, TreeRecord tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        return new StoredTree
        {
            TerritoryCode = territoryCode,
            SourceId = tree.Id,
            Longitude = tree.Longitude,
            Latitude = tree.Latitude,
            Family = tree.Family,
            Genus = tree.Genus,
            Species = tree.Species,
            Cultivar = tree.Cultivar,
            VernacularName = tree.VernacularName,
            InseeCode = tree.InseeCode,
            PostalCode = tree.PostalCode,
            Address = tree.Address,
            Reference = tree.Reference,
            PlantingDate = tree.PlantingDate,
            HeightCm = tree.HeightCm,
            DiameterCm = tree.DiameterCm,
            SoilType = tree.SoilType,
            RootType = tree.RootType,
            Habit = tree.Habit,
            Remarkable = tree.Remarkable,
            Protected = tree.Protected,
            GroundConstraints = tree.GroundConstraints,
            AerialConstraints = tree.AerialConstraints,
            Lighting = tree.Lighting,
            Watering = tree.Watering,
            Allergy = tree.Allergy,
            Remark = tree.Remark,
            Removed = tree.Status == TreeStatus.Removed,
            StatusLabel = tree.StatusLabel,
        };
    }

    /// <summary>The stored tree as a schema-arbre record; its id is our stable tree id (what the published files use).</summary>
    public static TreeRecord ToRecord(StoredTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        return new TreeRecord
        {
            Id = tree.TreeId,
            Longitude = tree.Longitude,
            Latitude = tree.Latitude,
            Family = tree.Family,
            Genus = tree.Genus,
            Species = tree.Species,
            Cultivar = tree.Cultivar,
            VernacularName = tree.VernacularName,
            InseeCode = tree.InseeCode,
            PostalCode = tree.PostalCode,
            Address = tree.Address,
            Reference = tree.Reference,
            PlantingDate = tree.PlantingDate,
            HeightCm = tree.HeightCm,
            DiameterCm = tree.DiameterCm,
            SoilType = tree.SoilType,
            RootType = tree.RootType,
            Habit = tree.Habit,
            Remarkable = tree.Remarkable,
            Protected = tree.Protected,
            GroundConstraints = tree.GroundConstraints,
            AerialConstraints = tree.AerialConstraints,
            Lighting = tree.Lighting,
            Watering = tree.Watering,
            Allergy = tree.Allergy,
            Remark = tree.Remark,
            Status = tree.Removed ? TreeStatus.Removed : TreeStatus.InPlace,
            StatusLabel = tree.StatusLabel,
        };
    }
}
