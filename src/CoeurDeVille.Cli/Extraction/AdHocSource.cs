using CoeurDeVille.Extraction.Sources;

namespace CoeurDeVille.Cli.Extraction;

/// <summary>Describes a file given with <c>--fichier</c> as a source: format from its extension, cut from the options.</summary>
internal static class AdHocSource
{
    public static SourceDescriptor Create(string location, string? codeColumn, string level, string? xyColumns, int crs)
    {
        var name = Path.GetFileName(Uri.TryCreate(location, UriKind.Absolute, out var uri) && !uri.IsFile ? uri.LocalPath : location);
        var extension = Path.GetExtension(name).ToLowerInvariant();
        var format = extension switch
        {
            ".csv" or ".txt" or ".tsv" => "csv",
            ".geojson" or ".json" => "geojson",
            ".gpkg" => "gpkg",
            ".zip" => "shapefile-zip",
            _ => throw new ArgumentException($"Extension « {extension} » non reconnue pour {name} : attendu .csv, .geojson, .gpkg ou .zip (Shapefile)."),
        };
        SourceCut cut;
        if (codeColumn is not null)
        {
            cut = new SourceCut { Method = "code", Column = codeColumn, Level = level };
        }
        else if (xyColumns is not null)
        {
            cut = new SourceCut { Method = "xy", Columns = SplitColumns(xyColumns), Crs = crs };
        }
        else if (format != "csv")
        {
            cut = new SourceCut { Method = "geometry", Crs = crs };
        }
        else
        {
            throw new ArgumentException("Pour un CSV, indiquez comment le découper : --colonne-code NOM ou --colonnes-xy LON,LAT.");
        }

        return new SourceDescriptor
        {
            Id = Path.GetFileNameWithoutExtension(name),
            Title = name,
            Producer = "non précisé",
            Licence = "non précisée (fichier fourni par l'utilisateur)",
            Attribution = $"Source : {name}",
            Url = location,
            Format = format,
            Cut = cut,
        };
    }

    public static string[] SplitColumns(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 2 ? parts : throw new ArgumentException($"--colonnes-xy « {text} » : deux noms de colonnes séparés par une virgule attendus (exemple : longitude,latitude).");
    }
}
