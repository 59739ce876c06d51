using System.CommandLine;
using CoeurDeVille.Cli.Hosting;
using CoeurDeVille.Cli.Layers;
using CoeurDeVille.Modules.Biodiversity.Observations;
using CoeurDeVille.Modules.Biodiversity.Sensitivity;
using CoeurDeVille.Modules.Biodiversity.Store;
using CoeurDeVille.Modules.Biodiversity.Taxonomy;
using CoeurDeVille.Storage;
using Spectre.Console;

namespace CoeurDeVille.Cli.Biodiversity;

/// <summary>
/// <c>cdv biodiversite importer --territoire CODE --fichier F [--taxref T…] [--statuts S] [--sensibilite R | --sans-sensibilite] [--jeu ID]</c>:
/// without <c>--sensibilite</c>, the referential configured under <c>Cdv:Biodiversite:ReferentielSensibilite</c> is used.
/// imports an observation file into the territory's atlas (all or nothing; records already imported are counted as
/// duplicates), applying the sensitivity referential, then rebuilds the atlas figures.
/// </summary>
public static class ImporterCommand
{
    public static Command Create(Func<CliServices> services)
    {
        var territory = new Option<string>("--territoire", "-t") { Description = "Code du territoire (INSEE ou SIREN)", Required = true };
        var file = new Option<string>("--fichier", "-f") { Description = "Fichier d'observations : CSV SINP, GeoNature, naturaliz ou archive Darwin Core (.zip)", Required = true };
        var taxref = new Option<string[]>("--taxref") { Description = "Référentiel TAXREF ou bib_noms (répétable), enregistré dans la base ; sans lui, celui déjà enregistré sert", AllowMultipleArgumentsPerToken = true };
        var statuses = new Option<string?>("--statuts") { Description = "Fichier BDC statuts (protection, listes rouges, directives) enregistré avec le TAXREF" };
        var sensitivity = new Option<string?>("--sensibilite") { Description = "Référentiel des espèces sensibles (CSV GINCO/SINP : cd_dept, cd_nom, codage, duree, cd_occ_statut_biologique)" };
        var withoutSensitivity = new Option<bool>("--sans-sensibilite") { Description = "Publier sans référentiel de sensibilité (à dire explicitement : les positions des espèces sensibles seraient publiques)" };
        var dataset = new Option<string?>("--jeu", "-j") { Description = "Identifiant du jeu d'observations (par défaut, le nom du fichier)" };
        var epsg = new Option<int?>("--epsg") { Description = "Système (code EPSG) des coordonnées projetées dont les colonnes ne le disent pas" };
        var database = new Option<string>("--base") { Description = "Base de données : « Data Source=fichier.db » (SQLite) ou « Host=…;Database=… » (PostgreSQL)", DefaultValueFactory = _ => CouchesCommand.DefaultDatabase };
        var command = new Command("importer", "Importe des observations dans l'atlas d'un territoire (tout ou rien, doublons détectés, sensibilité appliquée)")
        {
            territory, file, taxref, statuses, sensitivity, withoutSensitivity, dataset, epsg, database,
        };
        command.Aliases.Add("import");
        command.SetAction(async (result, cancellationToken) =>
        {
            using var cli = services();
            // Safe by default: without a referential every sensitive record would be published at its precise
            // position, so that takes an explicit choice rather than a forgotten option.
            // The option wins over the configured referential (Cdv:Biodiversite:ReferentielSensibilite, the one the web's contributions read).
            var configured = string.IsNullOrWhiteSpace(cli.Settings.Biodiversite.ReferentielSensibilite) ? null : cli.Settings.Biodiversite.ReferentielSensibilite;
            var sensitivityFile = result.GetValue(sensitivity) ?? (result.GetValue(withoutSensitivity) ? null : configured);
            if (sensitivityFile is null && !result.GetValue(withoutSensitivity))
            {
                cli.Console.MarkupLine("[red]Référentiel de sensibilité manquant.[/] Rien n'a été importé. Donnez --sensibilite FICHIER (référentiel GINCO/SINP des espèces sensibles) ou configurez Cdv:Biodiversite:ReferentielSensibilite, ou --sans-sensibilite pour publier toutes les positions telles quelles.");
                return ExitCodes.BadInput;
            }

            var connections = new AtlasConnections(new CdvDbContextFactory(result.GetValue(database)!, cli.Settings.DataFolder));
            var store = new ObservationStore(connections, cli.Time);
            TaxonomyReference? taxonomy;
            if (result.GetValue(taxref) is { Length: > 0 } taxrefFiles)
            {
                taxonomy = TaxrefReader.Load(taxrefFiles);
                var bdc = result.GetValue(statuses) is { } statusFile ? BdcStatusReader.Read(statusFile) : [];
                await store.SaveTaxonomyAsync(taxonomy, bdc, cancellationToken);
                cli.Console.MarkupLineInterpolated($"TAXREF enregistré : {taxonomy.Count} noms, {taxonomy.ReferenceCount} taxons de référence.");
            }
            else
            {
                taxonomy = await store.LoadTaxonomyAsync(cancellationToken);
            }

            var referential = SensitivityReferential.Empty;
            if (sensitivityFile is not null)
            {
                referential = new SensitivityReferential(SensitivityReader.Read(sensitivityFile), taxonomy);
                cli.Console.MarkupLineInterpolated($"Référentiel de sensibilité : {sensitivityFile}{(result.GetValue(sensitivity) is null ? " (configuration Cdv:Biodiversite:ReferentielSensibilite)" : "")}.");
            }
            else
            {
                cli.Console.MarkupLine("[yellow]Attention : sans référentiel de sensibilité (--sans-sensibilite), toutes les observations seront publiées précisément.[/]");
            }

            var directory = await cli.TerritoriesAsync(cancellationToken);
            var path = result.GetValue(file)!;
            using var reader = ObservationFileReader.Open(path, new ObservationReadOptions { Taxonomy = taxonomy, DeclaredEpsg = result.GetValue(epsg), Time = cli.Time });
            var outcome = await store.ImportAsync(
                new ObservationImport(result.GetValue(territory)!.Trim(), result.GetValue(dataset) ?? Path.GetFileNameWithoutExtension(path), reader.Read())
                {
                    FileName = Path.GetFileName(path),
                    Taxonomy = taxonomy,
                    Sensitivity = referential,
                    CommuneName = code => directory.FindCommune(code)?.Name,
                },
                cancellationToken);
            cli.Console.MarkupLineInterpolated(
                $"{outcome.Read} observations lues, {outcome.Added} ajoutées, {outcome.Duplicates} déjà importées (doublons), {outcome.Sensitive} sensibles floutées ; {outcome.Elapsed.TotalSeconds:0.0} s.");
            return ExitCodes.Done;
        });
        return command;
    }
}
