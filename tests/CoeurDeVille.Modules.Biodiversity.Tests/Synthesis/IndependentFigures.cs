using System.Diagnostics;
using System.Text.Json;
using Xunit;

namespace CoeurDeVille.Modules.Biodiversity.Tests.Synthesis;

/// <summary>
/// Computes the atlas figures of a file with Python's standard library only (csv, zipfile, math): no project code,
/// no projection library, so the C# result is checked against an independent reading of the same file.
/// </summary>
internal static class IndependentFigures
{
    public static async Task<JsonElement> ComputeAsync(string script, string path)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        start.ArgumentList.Add("-");
        start.ArgumentList.Add(path);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 introuvable");
        await process.StandardInput.WriteAsync(Common + script);
        process.StandardInput.Close();
        var output = await process.StandardOutput.ReadToEndAsync(Xunit.TestContext.Current.CancellationToken);
        var error = await process.StandardError.ReadToEndAsync(Xunit.TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(Xunit.TestContext.Current.CancellationToken);
        Assert.True(process.ExitCode == 0, error);
        return JsonDocument.Parse(output).RootElement.Clone();
    }

    private const string Common = """
        import csv, io, json, math, sys, zipfile
        from collections import defaultdict
        obs = 0
        taxa = set()
        figures = {k: defaultdict(lambda: [0, set()]) for k in ("mois", "mailles10km", "mailles1km", "communes")}
        extra = {}
        def add(kind, code, taxon):
            figures[kind][code][0] += 1
            figures[kind][code][1].add(taxon)
        def dump():
            out = {"observations": obs, "taxons": len(taxa)}
            out.update(extra)
            for kind, tallies in figures.items():
                out[kind] = [{"code": c, "observations": v[0], "taxons": len(v[1])} for c, v in sorted(tallies.items())]
            print(json.dumps(out))

        """;

    /// <summary>GeoNature synthese export: cells from the file's own x_l93/y_l93, commune from id_municipality.</summary>
    public const string GeoNatureSynthese = """
        deleted = 0
        with open(sys.argv[1], newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                if row["deleted"] == "t":
                    deleted += 1
                    continue
                obs += 1
                taxon = row["cd_ref_from_bib_noms"]
                taxa.add(taxon)
                add("mois", row["date_min"][5:7], taxon)
                x, y = float(row["x_l93"]), float(row["y_l93"])
                add("mailles10km", "10kmL93E%03dN%03d" % (math.floor(x / 10000), math.floor(y / 10000)), taxon)
                add("mailles1km", "1kmL93E%04dN%04d" % (math.floor(x / 1000), math.floor(y / 1000)), taxon)
                add("communes", row["id_municipality"].zfill(5), taxon)
        extra["supprimees"] = deleted
        dump()
        """;

    /// <summary>
    /// naturaliz bats (Martinique): presences only, a record repeating the same taxon, dates, place (to the centimetre),
    /// count and observers counted once, all outside the Lambert-93 grid.
    /// </summary>
    public const string Naturaliz = """
        def coord(v):
            return "%.2f" % float(v) if v else ""
        seen = set()
        absences = 0
        with open(sys.argv[1], newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                key = (row["cd_nom"], row["nom_cite"], row["date_debut"], row["date_fin"], coord(row["longitude"]), coord(row["latitude"]),
                       row["denombrement_min"], row["denombrement_max"], row["observateurs"], row["statut_observation"])
                if key in seen:
                    continue
                seen.add(key)
                if row["statut_observation"] == "No":
                    absences += 1
                    continue
                obs += 1
                taxon = row["cd_nom"] or ("nom:" + row["nom_cite"].strip().lower())
                taxa.add(taxon)
                add("mois", row["date_debut"][5:7], taxon)
        extra["absences"] = absences
        extra["horsGrille"] = obs
        dump()
        """;

    /// <summary>Darwin Core archive: core file read by position (meta.xml's indexes), taxa by scientific name, outside test on the EPSG:2154 area of use.</summary>
    public const string DarwinCore = """
        outside = 0
        with zipfile.ZipFile(sys.argv[1]) as z:
            text = z.read("archive-occ/DarwinCore.txt").decode("utf-8")
        rows = list(csv.reader(io.StringIO(text)))[1:]
        for row in rows:
            obs += 1
            taxon = "nom:" + row[4].strip().lower()
            taxa.add(taxon)
            add("mois", row[11][5:7], taxon)
            lat, lon = float(row[22]), float(row[26])
            if not (-9.86 <= lon <= 10.38 and 41.15 <= lat <= 51.56):
                outside += 1
        extra["horsGrille"] = outside
        dump()
        """;
}
