namespace CoeurDeVille.Modules.Trees.SchemaArbre;

/// <summary>The 26 field names of schema-arbre v0.2.0, in the schema's order (that of its valid example).</summary>
public static class SchemaArbreFields
{
    public const string Id = "id";
    public const string Longitude = "longitude";
    public const string Latitude = "latitude";
    public const string Family = "famille_arbre";
    public const string Genus = "genre_arbre";
    public const string Species = "espece_arbre";
    public const string Cultivar = "cultivar_variete_arbre";
    public const string VernacularName = "nom_vernaculaire";
    public const string InseeCode = "code_insee";
    public const string PostalCode = "code_postal";
    public const string Address = "adresse";
    public const string Reference = "matricule_arbre";
    public const string PlantingDate = "date_plantation";
    public const string Height = "hauteur";
    public const string Diameter = "diametre";
    public const string SoilType = "type_sol";
    public const string RootType = "type_enracinement";
    public const string Habit = "port_arbre";
    public const string Remarkable = "arbre_remarquable";
    public const string Protected = "arbre_protege";
    public const string GroundConstraints = "contraintes_sol";
    public const string AerialConstraints = "contrainte_aeriennes";
    public const string Lighting = "eclairage";
    public const string Watering = "arrosage";
    public const string Allergy = "allergie";
    public const string Remark = "remarque";

    public static IReadOnlyList<string> All { get; } =
    [
        Id, Longitude, Latitude, Family, Genus, Species, Cultivar, VernacularName, InseeCode, PostalCode, Address,
        Reference, PlantingDate, Height, Diameter, SoilType, RootType, Habit, Remarkable, Protected, GroundConstraints,
        AerialConstraints, Lighting, Watering, Allergy, Remark,
    ];

    public static int IndexOf(string name)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (All[i] == name)
            {
                return i;
            }
        }

        return -1;
    }
}
