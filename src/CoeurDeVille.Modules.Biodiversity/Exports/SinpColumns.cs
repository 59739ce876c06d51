namespace CoeurDeVille.Modules.Biodiversity.Exports;

/// <summary>
/// The columns written, named as in the SINP « standard occurrence de taxon » v2 (DEE): the standard's mandatory
/// fields that an observation carries, plus cdRef, nomValide and the position. Values the platform does not know
/// (statutSource, dSPublique) are written « NSP » (ne sait pas), the code the standard provides for it.
/// <c>codeDepartement</c> is the only place of a record blurred to its département (sensitivity level 3).
/// </summary>
internal static class SinpColumns
{
    public static readonly string[] Names =
    [
        "identifiantPermanent", "statutObservation", "nomCite", "cdNom", "cdRef", "nomValide", "versionTAXREF",
        "jourDateDebut", "jourDateFin", "denombrementMin", "denombrementMax", "observateurIdentite",
        "codeCommune", "codeMaille", "codeDepartement", "longitude", "latitude", "geometrie", "natureObjetGeo", "dEEFloutage",
        "statutSource", "dSPublique", "nivVal", "altitudeMin", "altitudeMax",
    ];

    /// <summary>Positions in <see cref="Names"/> of the requested columns (all when none), in the requested order.</summary>
    /// <exception cref="ArgumentException">French message listing the accepted names.</exception>
    public static int[] Select(IReadOnlyList<string> requested, bool withWkt)
    {
        if (requested.Count == 0)
        {
            return [.. Enumerable.Range(0, Names.Length).Where(i => withWkt || Names[i] != "geometrie")];
        }

        var positions = new List<int>();
        foreach (var name in requested)
        {
            var index = Array.FindIndex(Names, n => n.Equals(name.Trim(), StringComparison.OrdinalIgnoreCase));
            if (index < 0 || (!withWkt && Names[index] == "geometrie"))
            {
                throw new ArgumentException($"Colonne « {name} » inconnue ; colonnes possibles : {string.Join(", ", Names.Where(n => withWkt || n != "geometrie"))}.");
            }

            if (!positions.Contains(index))
            {
                positions.Add(index);
            }
        }

        return [.. positions];
    }

    /// <summary>Column values in the order of <see cref="Names"/>; <paramref name="withWkt"/> false leaves geometrie empty (GeoJSON and GeoPackage carry a real geometry).</summary>
    public static string?[] Values(ExportRow row, bool withWkt = true) =>
    [
        row.PermanentId,
        row.Absent ? "No" : "Pr",
        row.CitedName,
        ExportRow.Text(row.CdNom),
        ExportRow.Text(row.CdRef),
        row.ValidName,
        row.TaxrefVersion,
        ExportRow.Text(row.DateStart),
        ExportRow.Text(row.DateEnd),
        ExportRow.Text(row.CountMin),
        ExportRow.Text(row.CountMax),
        row.Observer,
        string.Join(',', row.Communes),
        string.Join(',', row.Cells),
        row.Departement,
        ExportRow.Text(row.Longitude),
        ExportRow.Text(row.Latitude),
        withWkt ? row.Wkt : null,
        row.Longitude is null ? null : "St",
        row.Blurred ? "OUI" : "NON",
        "NSP",
        "NSP",
        ExportRow.Text(row.ValidationLevel),
        ExportRow.Text(row.AltitudeMin),
        ExportRow.Text(row.AltitudeMax),
    ];
}
