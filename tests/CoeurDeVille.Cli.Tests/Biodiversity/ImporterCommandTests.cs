using System.Globalization;
using System.Text.RegularExpressions;
using CoeurDeVille.Cli.Hosting;
using CoeurDeVille.TestSupport;
using Xunit;

namespace CoeurDeVille.Cli.Tests.Biodiversity;

public sealed class ImporterCommandTests
{
    private static string Ecrins => SharedData.PathOf("biodiversity", "occurrences", "geonature_synthese_dev_ecrins.csv");

    private static string Taxref => SharedData.PathOf("biodiversity", "taxref", "geonature_dev_bib_noms.tsv");

    [Fact]
    public async Task Without_a_sensitivity_referential_nor_an_explicit_choice_nothing_is_imported()
    {
        await using var cli = await CliHarness.StartAsync();
        var database = Path.Combine(cli.Folder, "atlas.db");

        var (exitCode, text) = await cli.RunAsync("biodiversite", "importer", "--territoire", "05", "--fichier", Ecrins, "--base", $"Data Source={database}");

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.Contains("Référentiel de sensibilité manquant", text, StringComparison.Ordinal);
        Assert.Contains("Rien n'a été importé", text, StringComparison.Ordinal);
        Assert.False(File.Exists(database));
    }

    [Fact]
    public async Task With_an_explicit_choice_the_file_is_imported_and_a_second_import_adds_nothing()
    {
        await using var cli = await CliHarness.StartAsync();
        var database = $"Data Source={Path.Combine(cli.Folder, "atlas.db")}";

        var (first, firstText) = await cli.RunAsync("biodiversite", "importer", "--territoire", "05", "--fichier", Ecrins, "--taxref", Taxref, "--sans-sensibilite", "--base", database);
        var (second, secondText) = await cli.RunAsync("biodiversite", "importer", "--territoire", "05", "--fichier", Ecrins, "--sans-sensibilite", "--base", database);

        Assert.Equal(ExitCodes.Done, first);
        Assert.Contains("publiées précisément", firstText, StringComparison.Ordinal);
        var added = Regex.Match(firstText, @"(\d+) ajoutées, 0 déjà importées");
        Assert.True(added.Success, firstText);
        Assert.True(int.Parse(added.Groups[1].Value, CultureInfo.InvariantCulture) > 0);
        Assert.Equal(ExitCodes.Done, second);
        Assert.Contains($" 0 ajoutées, {added.Groups[1].Value} déjà importées", secondText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_the_option_the_configured_referential_is_applied_like_the_option()
    {
        await using var cli = await CliHarness.StartAsync();
        var referential = SharedData.PathOf("biodiversity", "sensitivity", "ginco_especesensible.csv");
        var (explicitCode, explicitText) = await cli.RunAsync("biodiversite", "importer", "--territoire", "05", "--fichier", Ecrins, "--taxref", Taxref,
            "--sensibilite", referential, "--base", $"Data Source={Path.Combine(cli.Folder, "option.db")}");
        cli.Settings.Biodiversite.ReferentielSensibilite = referential;
        var (configuredCode, configuredText) = await cli.RunAsync("biodiversite", "importer", "--territoire", "05", "--fichier", Ecrins, "--taxref", Taxref,
            "--base", $"Data Source={Path.Combine(cli.Folder, "configuration.db")}");

        Assert.Equal(ExitCodes.Done, explicitCode);
        Assert.Equal(ExitCodes.Done, configuredCode);
        Assert.Contains("configuration Cdv:Biodiversite:ReferentielSensibilite", configuredText, StringComparison.Ordinal);
        Assert.DoesNotContain("publiées précisément", configuredText, StringComparison.Ordinal);
        var sensitive = Regex.Match(explicitText, @"(\d+) sensibles floutées");
        Assert.True(sensitive.Success, explicitText);
        Assert.Contains($"{sensitive.Groups[1].Value} sensibles floutées", configuredText, StringComparison.Ordinal);
    }
}
