using Xunit;
using CoeurDeVille.Modules.Trees.Import;
using CoeurDeVille.TestSupport;
using SpreadCheetah;

namespace CoeurDeVille.Modules.Trees.Tests.Import;

/// <summary>A workbook holding the official example imports to the same trees as the CSV.</summary>
public sealed class XlsxImportTests
{
    [Fact]
    public async Task A_workbook_imports_like_the_csv()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("exemple.xlsx");
        var lines = File.ReadAllLines(Inventories.SchemaExample);
        await using (var stream = File.Create(path))
        await using (var workbook = await Spreadsheet.CreateNewAsync(stream, cancellationToken: TestContext.Current.CancellationToken))
        {
            await workbook.StartWorksheetAsync("arbres", token: TestContext.Current.CancellationToken);
            foreach (var line in lines)
            {
                var cells = SplitSemicolons(line.TrimStart('\uFEFF')).Select(c => new Cell(c)).ToArray();
                await workbook.AddRowAsync(cells, TestContext.Current.CancellationToken);
            }

            await workbook.FinishAsync(TestContext.Current.CancellationToken);
        }

        var fromXlsx = TreeInventoryImporter.Import(path, cancellationToken: TestContext.Current.CancellationToken);
        var fromCsv = TreeInventoryImporter.Import(Inventories.SchemaExample, cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(fromXlsx.Succeeded, string.Join("\n", fromXlsx.Errors.Select(e => e.Message)));
        Assert.Equal(fromCsv.Trees, fromXlsx.Trees);
    }

    /// <summary>The test's own split of the example: « ; » outside double quotes, doubled quotes inside.</summary>
    private static List<string> SplitSemicolons(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '"' && quoted && i + 1 < line.Length && line[i + 1] == '"')
            {
                cell.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ';' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return cells;
    }
}
