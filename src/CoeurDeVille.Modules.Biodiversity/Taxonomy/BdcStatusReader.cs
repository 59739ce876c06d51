using System.Globalization;
using CoeurDeVille.Modules.Biodiversity.Tabular;

namespace CoeurDeVille.Modules.Biodiversity.Taxonomy;

/// <summary>
/// Reads BDC statuts: the national file (BDC_STATUTS_NN.csv: CD_NOM, CD_REF, LB_TYPE_STATUT, REGROUPEMENT_TYPE,
/// CODE_STATUT, LABEL_STATUT, RQ_STATUT, CD_SIG, LB_ADM_TR, FULL_CITATION, LB_NOM) or the TAXREF API's
/// status responses (statusTypeName, statusTypeGroup, statusCode, statusName…). All or nothing.
/// </summary>
public static class BdcStatusReader
{
    public static IReadOnlyList<BdcStatus> Read(string path)
    {
        using var table = DelimitedTable.OpenFile(path);
        var type = table.IndexOf("LB_TYPE_STATUT", "statusTypeName");
        var code = table.IndexOf("CODE_STATUT", "statusCode");
        if (type < 0 || code < 0)
        {
            throw new BiodiversityFileException(new FileError(
                table.FileName, 1, type < 0 ? "LB_TYPE_STATUT" : "CODE_STATUT", "colonne absente de l'en-tête",
                "un fichier BDC statuts (LB_TYPE_STATUT, CODE_STATUT…) ou une réponse statuts de l'API TAXREF (statusTypeName, statusCode…)"));
        }

        var cdNom = table.IndexOf("CD_NOM");
        var cdRef = table.IndexOf("CD_REF");
        var group = table.IndexOf("REGROUPEMENT_TYPE", "statusTypeGroup");
        var label = table.IndexOf("LABEL_STATUT", "statusName");
        var remark = table.IndexOf("RQ_STATUT", "statusRemarks");
        var locationId = table.IndexOf("CD_SIG", "locationId");
        var locationName = table.IndexOf("LB_ADM_TR", "locationName");
        var source = table.IndexOf("FULL_CITATION", "source");
        var listed = table.IndexOf("LB_NOM", "listedName");

        var statuses = new List<BdcStatus>();
        var errors = new List<FileError>();
        var errorCount = 0;
        foreach (var row in table.Rows())
        {
            var rowErrors = errorCount;
            var typeName = Required(row, type, table, errors, ref errorCount);
            var statusCode = Required(row, code, table, errors, ref errorCount);
            var nom = Optional(row, cdNom, table, errors, ref errorCount);
            var reference = Optional(row, cdRef, table, errors, ref errorCount);
            if (errorCount > rowErrors)
            {
                continue;
            }

            statuses.Add(new BdcStatus(typeName!, statusCode!)
            {
                CdNom = nom,
                CdRef = reference,
                TypeGroup = row[group],
                Label = row[label],
                Remark = row[remark],
                LocationId = row[locationId],
                LocationName = row[locationName],
                Source = row[source],
                ListedName = row[listed],
            });
        }

        if (errorCount > 0)
        {
            throw new BiodiversityFileException(errors, errorCount);
        }

        return statuses;
    }

    private static string? Required(DelimitedRow row, int index, DelimitedTable table, List<FileError> errors, ref int errorCount)
    {
        if (row[index] is { } value)
        {
            return value;
        }

        Add(errors, ref errorCount, new FileError(table.FileName, row.Line, table.Columns[index], "valeur vide", "une valeur"));
        return null;
    }

    private static int? Optional(DelimitedRow row, int index, DelimitedTable table, List<FileError> errors, ref int errorCount)
    {
        if (row[index] is not { } text)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var code) && code > 0)
        {
            return code;
        }

        Add(errors, ref errorCount, new FileError(table.FileName, row.Line, table.Columns[index], $"« {text} » n'est pas un code TAXREF", "un entier positif"));
        return null;
    }

    private static void Add(List<FileError> errors, ref int errorCount, FileError error)
    {
        errorCount++;
        if (errors.Count < BiodiversityFileException.MaxListed)
        {
            errors.Add(error);
        }
    }
}
