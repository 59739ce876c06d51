using System.Globalization;
using CoeurDeVille.Modules.Biodiversity.Tabular;

namespace CoeurDeVille.Modules.Biodiversity.Taxonomy;

/// <summary>
/// Reads TAXREF-shaped files: the national TAXREF file (TAXREFvNN.txt, tab-separated, CD_NOM, CD_REF, LB_NOM,
/// NOM_VERN, REGNE…GROUP2_INPN) or an extract with its columns, and GeoNature's bib_noms
/// (cd_nom, cd_ref, nom_francais, listes separated by |). All or nothing: one bad row refuses the file.
/// </summary>
public static class TaxrefReader
{
    public static IReadOnlyList<Taxon> Read(string path)
    {
        using var table = DelimitedTable.OpenFile(path);
        var cdNom = table.IndexOf("CD_NOM");
        var cdRef = table.IndexOf("CD_REF");
        if (cdNom < 0 || cdRef < 0)
        {
            throw new BiodiversityFileException(new FileError(
                table.FileName, 1, cdNom < 0 ? "CD_NOM" : "CD_REF", "colonne absente de l'en-tête",
                "un fichier TAXREF (CD_NOM, CD_REF, LB_NOM…) ou bib_noms de GeoNature (cd_nom, cd_ref, nom_francais)"));
        }

        var latin = table.IndexOf("LB_NOM");
        var author = table.IndexOf("LB_AUTEUR");
        var french = table.IndexOf("NOM_VERN", "nom_francais");
        var rank = table.IndexOf("RANG");
        var kingdom = table.IndexOf("REGNE");
        var phylum = table.IndexOf("PHYLUM");
        var @class = table.IndexOf("CLASSE");
        var order = table.IndexOf("ORDRE");
        var family = table.IndexOf("FAMILLE");
        var group1 = table.IndexOf("GROUP1_INPN");
        var group2 = table.IndexOf("GROUP2_INPN");
        var lists = table.IndexOf("listes");
        var version = table.IndexOf("TAXREF_VERSION");

        var taxa = new List<Taxon>();
        var errors = new List<FileError>();
        var errorCount = 0;
        foreach (var row in table.Rows())
        {
            var nom = Code(row, cdNom, table, "CD_NOM", errors, ref errorCount);
            var reference = Code(row, cdRef, table, "CD_REF", errors, ref errorCount);
            if (nom is null || reference is null)
            {
                continue;
            }

            taxa.Add(new Taxon(nom.Value, reference.Value)
            {
                LatinName = row[latin],
                Author = row[author],
                FrenchName = row[french],
                Rank = row[rank],
                Kingdom = row[kingdom],
                Phylum = row[phylum],
                Class = row[@class],
                Order = row[order],
                Family = row[family],
                Group1 = row[group1],
                Group2 = row[group2],
                Lists = row[lists]?.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [],
                TaxrefVersion = row[version],
            });
        }

        if (errorCount > 0)
        {
            throw new BiodiversityFileException(errors, errorCount);
        }

        return taxa;
    }

    /// <summary>Reads every file into one reference (later files complete earlier ones).</summary>
    public static TaxonomyReference Load(params IEnumerable<string> paths)
    {
        var reference = new TaxonomyReference();
        foreach (var path in paths)
        {
            reference.AddRange(Read(path));
        }

        return reference;
    }

    private static int? Code(DelimitedRow row, int index, DelimitedTable table, string field, List<FileError> errors, ref int errorCount)
    {
        var text = row[index];
        if (text is not null && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var code) && code > 0)
        {
            return code;
        }

        errorCount++;
        if (errors.Count < BiodiversityFileException.MaxListed)
        {
            errors.Add(new FileError(table.FileName, row.Line, table.Columns[index], text is null ? "valeur vide" : $"« {text} » n'est pas un code TAXREF", "un entier positif"));
        }

        return null;
    }
}
