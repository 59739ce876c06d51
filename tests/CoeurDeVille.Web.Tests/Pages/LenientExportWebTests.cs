using System.Net;
using CoeurDeVille.Core.Catalogue;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Xunit;

namespace CoeurDeVille.Web.Tests.Pages;

/// <summary>
/// An inventory missing required values of the national schema exports anyway when asked (<c>incomplet=oui</c>), with
/// its blanks listed in an « À compléter » sheet or CSV file; on SQLite and PostgreSQL (derived classes).
/// </summary>
public abstract class LenientExportWebTests
{
    protected abstract WebTestDatabase CreateDatabase();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_incomplete_inventory_exports_with_its_gaps_listed_when_asked()
    {
        await using var database = CreateDatabase();
        await database.SeedAsync([TwoTerritories.InventoryA(), TwoTerritories.InventoryB()], Cancel);
        await using var app = await RunningWebApp.StartAsync(database, Cancel);
        const string Export = "api/v1/territoires/30007/inventaire/";

        using var strict = await app.Client.GetAsync(Export + "export.csv", Cancel);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, strict.StatusCode);
        Assert.Contains("incomplet=oui", await strict.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);

        var gaps = (await app.Client.GetStringAsync(Export + "export.csv?incomplet=oui&fichier=a-completer", Cancel))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(",", InventoryGaps.Header), gaps[0].TrimEnd('\r'));
        Assert.Contains(gaps, line => line.StartsWith("inventaire-30007.csv,2,contact_personne,valeur obligatoire manquante pour le jeu « arbres-ales »", StringComparison.Ordinal));
        var catalogue = await app.Client.GetStringAsync(Export + "export.csv?incomplet=oui", Cancel);
        Assert.Equal(TwoTerritories.InventoryA().Datasets.Count + 1, catalogue.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);

        using var xlsx = await app.Client.GetAsync(Export + "export.xlsx?incomplet=oui", Cancel);
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync(Cancel));
        using var workbook = SpreadsheetDocument.Open(stream, false);
        var sheets = workbook.WorkbookPart!.Workbook.Descendants<Sheet>().ToList();
        Assert.Equal([InventoryXlsx.CatalogueSheet, InventoryXlsx.CompanionSheet, InventoryXlsx.ResourcesSheet, InventoryGaps.Sheet], sheets.Select(s => s.Name?.Value));
        var gapSheet = (WorksheetPart)workbook.WorkbookPart.GetPartById(sheets[3].Id!);
        Assert.Equal(gaps.Length, gapSheet.Worksheet.Descendants<Row>().Count());

        using var unknown = await app.Client.GetAsync(Export + "export.csv?incomplet=peut-etre", Cancel);
        using var gapsWithoutLenient = await app.Client.GetAsync(Export + "export.csv?fichier=a-completer", Cancel);
        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (unknown.StatusCode, gapsWithoutLenient.StatusCode));
    }
}
