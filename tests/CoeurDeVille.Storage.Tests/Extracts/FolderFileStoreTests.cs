using CoeurDeVille.Storage.Files;
using Xunit;

namespace CoeurDeVille.Storage.Tests.Extracts;

public sealed class FolderFileStoreTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "cdv-files-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Saves_reads_and_deletes_by_key()
    {
        var cancel = TestContext.Current.CancellationToken;
        var store = new FolderFileStore(_root);
        var local = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".csv");
        await File.WriteAllTextAsync(local, "insee\n30007\n", cancel);

        await store.SaveAsync("catalogue/30007/jeu/1/donnees.csv", local, cancel);
        await using (var stream = await store.OpenReadAsync("catalogue/30007/jeu/1/donnees.csv", cancel))
        {
            Assert.Equal("insee\n30007\n", await new StreamReader(stream!).ReadToEndAsync(cancel));
        }

        Assert.Empty(Directory.GetFiles(Path.Combine(_root, "catalogue", "30007", "jeu", "1"), "*.tmp"));
        await store.DeleteFolderAsync("catalogue/30007", cancel);
        Assert.False(await store.ExistsAsync("catalogue/30007/jeu/1/donnees.csv", cancel));
        Assert.Null(await store.OpenReadAsync("catalogue/30007/jeu/1/donnees.csv", cancel));
        File.Delete(local);
    }

    [Theory]
    [InlineData("../dehors.csv")]
    [InlineData("/etc/passwd")]
    [InlineData("a/../../b")]
    public async Task Refuses_keys_that_leave_the_folder(string key)
    {
        var store = new FolderFileStore(_root);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => store.OpenReadAsync(key, TestContext.Current.CancellationToken));

        Assert.Contains("Clé de fichier invalide", error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
