using CoeurDeVille.Extraction.Readers;
using Xunit;

namespace CoeurDeVille.Extraction.Tests.Readers;

public sealed class PrjSridTests
{
    private const string Lcc = """GEOGCS["GCS_RGF_1993",DATUM["D_RGF_1993",SPHEROID["GRS_1980",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Lambert_Conformal_Conic"]""";

    [Theory]
    [InlineData("""GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]""", 4326)]
    [InlineData("""PROJCS["RGF93_Lambert_93",""" + Lcc + """,PARAMETER["False_Easting",700000.0],PARAMETER["False_Northing",6600000.0],PARAMETER["Central_Meridian",3.0],PARAMETER["Standard_Parallel_1",49.0],PARAMETER["Standard_Parallel_2",44.0],PARAMETER["Latitude_Of_Origin",46.5],UNIT["Meter",1.0]]""", 2154)]
    [InlineData("""PROJCS["Projection_maison",""" + Lcc + """,PARAMETER["False_Easting",700000.0],PARAMETER["False_Northing",6600000.0],PARAMETER["Central_Meridian",3.0],PARAMETER["Standard_Parallel_1",49.0],PARAMETER["Standard_Parallel_2",44.0],PARAMETER["Latitude_Of_Origin",46.5],UNIT["Meter",1.0]]""", 2154)]
    [InlineData("""PROJCS["RGF93_CC43",""" + Lcc + """,PARAMETER["False_Easting",1700000.0],PARAMETER["False_Northing",2200000.0],PARAMETER["Central_Meridian",3.0],PARAMETER["Latitude_Of_Origin",43.0],UNIT["Meter",1.0]]""", 3943)]
    [InlineData("""PROJCS["CC49 sans nom",""" + Lcc + """,PARAMETER["False_Easting",1700000.0],PARAMETER["False_Northing",8200000.0],PARAMETER["Central_Meridian",3.0],PARAMETER["Standard_Parallel_1",48.25],PARAMETER["Standard_Parallel_2",49.75],PARAMETER["Latitude_Of_Origin",49.0],UNIT["Meter",1.0]]""", 3949)]
    [InlineData("""PROJCS["WGS_1984_Web_Mercator_Auxiliary_Sphere",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]]],PROJECTION["Mercator_Auxiliary_Sphere"],UNIT["Meter",1.0]]""", 3857)]
    [InlineData("""PROJCS["NTF_Paris_Lambert_Zone_II",GEOGCS["GCS_NTF_Paris",DATUM["D_NTF"]],PROJECTION["Lambert_Conformal_Conic"],PARAMETER["False_Easting",600000.0],PARAMETER["False_Northing",2200000.0],UNIT["Meter",1.0]]""", 27572)]
    [InlineData("""PROJCS["NTF (Paris) / Lambert II étendu",GEOGCS["NTF (Paris)",DATUM["Nouvelle_Triangulation_Francaise_Paris"]],PROJECTION["Lambert_Conformal_Conic_1SP"],UNIT["metre",1]]""", 27572)]
    [InlineData("""PROJCS["WGS_1984_UTM_Zone_20N",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984"]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",-63.0],UNIT["Meter",1.0]]""", 32620)]
    [InlineData("""PROJCS["RGAF09_UTM_Zone_20N",GEOGCS["GCS_RGAF09",DATUM["D_RGAF09"]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",-63.0],UNIT["Meter",1.0]]""", 5490)]
    [InlineData("""PROJCS["RGF93 / CC46",GEOGCS["RGF93",DATUM["Reseau_Geodesique_Francais_1993"]],PROJECTION["Lambert_Conformal_Conic_2SP"],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AUTHORITY["EPSG","3946"]]""", 3946)]
    public void Maps_the_systems_French_sources_use(string wkt, int epsg) => Assert.Equal(epsg, PrjSrid.FromWkt(wkt));

    [Theory]
    [InlineData("")]
    [InlineData("""PROJCS["Mercator_maison",GEOGCS["GCS_Bessel",DATUM["D_Bessel"]],PROJECTION["Mercator"],UNIT["Meter",1.0]]""")]
    [InlineData("""GEOGCS["GCS_RGF_1993",DATUM["D_RGF_1993"]]""")]
    public void Unknown_systems_give_no_code(string wkt) => Assert.Null(PrjSrid.FromWkt(wkt));
}
