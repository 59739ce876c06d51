using System.Text.Json;
using CoeurDeVille.Core.Catalogue;
using CoeurDeVille.Core.Catalogue.Dcat;
using CoeurDeVille.TestSupport;
using Xunit;

namespace CoeurDeVille.Core.Tests.Catalogue.Dcat;

public sealed class DcatCatalogueWriterTests : IDisposable
{
    private static readonly DcatCatalogueWriter Writer = new(new DcatCatalogueMetadata(
        "Catalogue des données d'Alès",
        "Données ouvertes de la ville d'Alès et de ses services.",
        "Ville d'Alès",
        new Uri("https://donnees.example.fr/"),
        new Uri("https://donnees.example.fr/organisations/ville-ales"),
        new Uri("https://donnees.example.fr/territoires/30007")));

    private readonly string _folder = Directory.CreateTempSubdirectory("cdv-dcat-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>The seeded inventory (one open dataset, five closed ones) plus open datasets that stress the mappings.</summary>
    private static Inventory Inventory(params Dataset[] extra) => new(SeededInventory.Territory,
    [
        .. SeededInventory.Datasets(),
        SeededInventory.Full("stationnement-velo", "Stationnement vélo", "Mobilité", ProducerType.LocalPublic, OpennessStatus.AlreadyOpen, null) with
        {
            Licence = "ODbL",
            UpdateFrequency = "Mensuelle ou plusieurs fois par mois",
            Schema = "etalab/schema-stationnement-cyclable",
            PublisherName = null,
            ContactEmail = null,
            Distributions =
            [
                new Distribution("GeoJSON", "https://data.ales.fr/velo.geojson"),
                new Distribution("format maison", "https://data.ales.fr/velo.bin", "Export brut"),
                new Distribution("CSV"),
            ],
        },
        SeededInventory.Full("budget-agglo", "Budget primitif de l'agglomération", "Finances locales", ProducerType.LocalPublic, OpennessStatus.AlreadyOpen, null) with
        {
            Description = "Tabulations\tet barre oblique inverse \\ ; guillemets \"doubles\" et ‘simples’ ;\r\nfin de ligne Windows. Ça s'écrit «  ».",
            TerritoryCode = "200066595",
            SpatialCoverage = "Alès Agglomération",
            UpdateFrequency = "Quand on peut",
            Licence = "Licence spéciale",
            Theme = "Sujet sans correspondance",
            Keywords = [],
        },
        .. extra,
    ]);

    private string Save(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public async Task Instance_catalogue_lists_every_inventory_open_datasets_under_their_territory_uris()
    {
        var other = new Inventory("30189",
        [
            SeededInventory.Full("arbres-nimes", "Arbres de Nîmes", "Environnement", ProducerType.LocalPublic, OpennessStatus.AlreadyOpen, null)
                with { TerritoryCode = "30189" },
        ]);

        var turtle = Writer.ToTurtle([Inventory(), other]);
        var (exitCode, output) = await ShaclValidator.Validate(
            Save("instance.ttl", turtle), ShaclValidator.Shapes("shapes.ttl"), ShaclValidator.Shapes("range.ttl"));

        Assert.True(exitCode == 0, output);
        Assert.Contains("<https://donnees.example.fr/catalogue>", turtle, StringComparison.Ordinal);
        Assert.Contains("<https://donnees.example.fr/territoires/30189/jeux-de-donnees/arbres-nimes>", turtle, StringComparison.Ordinal);
        Assert.Contains("<https://donnees.example.fr/territoires/30007/jeux-de-donnees/stationnement-velo>", turtle, StringComparison.Ordinal);
        Assert.DoesNotContain("territoires/30007/catalogue>", turtle, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Turtle_export_conforms_to_DCAT_AP_3_shapes_and_ranges()
    {
        var path = Save("catalogue.ttl", Writer.ToTurtle(Inventory()));

        var (exitCode, output) = await ShaclValidator.Validate(path, ShaclValidator.Shapes("shapes.ttl"), ShaclValidator.Shapes("range.ttl"));

        Assert.True(exitCode == 0, output);
        Assert.Contains("violations: 0", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JsonLd_export_conforms_to_DCAT_AP_3_shapes_and_ranges_offline()
    {
        var path = Save("catalogue.jsonld", Writer.ToJsonLd(Inventory()));

        var (exitCode, output) = await ShaclValidator.Validate(path, ShaclValidator.Shapes("shapes.ttl"), ShaclValidator.Shapes("range.ttl"));

        Assert.True(exitCode == 0, output);
        Assert.Contains("violations: 0", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Turtle_and_JsonLd_carry_the_same_number_of_triples()
    {
        var inventory = Inventory();
        var turtle = await ShaclValidator.Validate(Save("c.ttl", Writer.ToTurtle(inventory)), ShaclValidator.Shapes("shapes.ttl"));
        var jsonLd = await ShaclValidator.Validate(Save("c.jsonld", Writer.ToJsonLd(inventory)), ShaclValidator.Shapes("shapes.ttl"));

        var triples = turtle.Output.Split('\n').First(l => l.StartsWith("triples:", StringComparison.Ordinal));
        Assert.Contains(triples, jsonLd.Output, StringComparison.Ordinal);
        Assert.NotEqual("triples: 0", triples);
    }

    [Theory]
    [InlineData("catalogue.ttl")]
    [InlineData("catalogue.jsonld")]
    public async Task A_dataset_without_description_is_reported_by_the_validator(string file)
    {
        var undescribed = SeededInventory.Full("sans-description", "Sans description", "Climat", ProducerType.LocalPublic, OpennessStatus.AlreadyOpen, null)
            with { Description = null };
        var inventory = Inventory(undescribed);
        var text = file.EndsWith(".ttl", StringComparison.Ordinal) ? Writer.ToTurtle(inventory) : Writer.ToJsonLd(inventory);

        var (exitCode, output) = await ShaclValidator.Validate(Save(file, text), ShaclValidator.Shapes("shapes.ttl"));

        Assert.Equal(1, exitCode);
        Assert.DoesNotContain("violations: 0", output, StringComparison.Ordinal);
        Assert.Contains("https://donnees.example.fr/territoires/30007/jeux-de-donnees/sans-description | path: http://purl.org/dc/terms/description", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_open_datasets_are_exported()
    {
        var turtle = Writer.ToTurtle(Inventory());

        Assert.Contains("/jeux-de-donnees/arbres-alignement>", turtle, StringComparison.Ordinal);
        Assert.Contains("/jeux-de-donnees/stationnement-velo>", turtle, StringComparison.Ordinal);
        foreach (var closed in new[] { "ilots-chaleur", "etat-civil", "tarifs-parking", "cadastre-vert", "observations-oiseaux" })
        {
            Assert.DoesNotContain(closed, turtle, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void JsonLd_is_json_with_an_inline_context_object()
    {
        using var document = JsonDocument.Parse(Writer.ToJsonLd(Inventory()));

        var context = document.RootElement.GetProperty("@context");
        Assert.Equal(JsonValueKind.Object, context.ValueKind);
        Assert.Equal("http://www.w3.org/ns/dcat#", context.GetProperty("dcat").GetString());
        var datasets = document.RootElement.GetProperty("@graph").EnumerateArray()
            .Where(n => n.TryGetProperty("@type", out var types) && types.EnumerateArray().Any(t => t.GetString() == "dcat:Dataset"))
            .ToList();
        Assert.Equal(3, datasets.Count);
        var title = datasets[0].GetProperty("dct:title")[0];
        Assert.Equal("Arbres d'alignement d'Alès", title.GetProperty("@value").GetString());
        Assert.Equal("fr", title.GetProperty("@language").GetString());
    }

    [Fact]
    public void Turtle_literals_are_escaped_and_keep_accents()
    {
        var turtle = Writer.ToTurtle(Inventory());

        Assert.Contains("\"Arbres des rues, parcs et squares.\\nMesures « hauteur », \\\"diamètre\\\" ; espèce, 2024.\"@fr", turtle, StringComparison.Ordinal);
        Assert.Contains("\"Tabulations\\tet barre oblique inverse \\\\ ; guillemets \\\"doubles\\\" et ‘simples’ ;\\r\\nfin de ligne Windows. Ça s'écrit «  ».\"@fr", turtle, StringComparison.Ordinal);
        Assert.Contains("dct:issued \"2021-03-15\"^^xsd:date", turtle, StringComparison.Ordinal);
    }

    [Fact]
    public void Vocabularies_map_to_EU_authority_tables_and_licence_uris()
    {
        var turtle = Writer.ToTurtle(Inventory());

        Assert.Contains("dcat:theme <http://publications.europa.eu/resource/authority/data-theme/ENVI>", turtle, StringComparison.Ordinal);
        Assert.Contains("dcat:theme <http://publications.europa.eu/resource/authority/data-theme/TRAN>", turtle, StringComparison.Ordinal);
        Assert.Contains("dct:accrualPeriodicity <http://publications.europa.eu/resource/authority/frequency/ANNUAL>", turtle, StringComparison.Ordinal);
        Assert.Contains("dct:accrualPeriodicity <http://publications.europa.eu/resource/authority/frequency/MONTHLY>", turtle, StringComparison.Ordinal);
        Assert.Contains("dct:format <http://publications.europa.eu/resource/authority/file-type/GEOJSON>", turtle, StringComparison.Ordinal);
        Assert.Contains("dct:license <https://www.etalab.gouv.fr/licence-ouverte-open-licence/>", turtle, StringComparison.Ordinal);
        Assert.Contains("dct:license <https://opendatacommons.org/licenses/odbl/1-0/>", turtle, StringComparison.Ordinal);
        Assert.Contains("dct:spatial <http://id.insee.fr/geo/commune/30007>", turtle, StringComparison.Ordinal);
        Assert.Contains("vcard:hasEmail <mailto:jeanne.martin@ville-ales.fr>", turtle, StringComparison.Ordinal);
        Assert.Contains("dct:conformsTo <https://schema.data.gouv.fr/etalab/schema-arbre/>", turtle, StringComparison.Ordinal);
        // The distribution without URL is left out; the two others are numbered by their place in the inventory.
        Assert.Contains("/jeux-de-donnees/stationnement-velo/distributions/2>", turtle, StringComparison.Ordinal);
        Assert.DoesNotContain("/jeux-de-donnees/stationnement-velo/distributions/3>", turtle, StringComparison.Ordinal);
        // Unmapped theme, frequency and licence of the budget dataset are left out rather than guessed.
        var budget = turtle[turtle.IndexOf("/jeux-de-donnees/budget-agglo> a dcat:Dataset", StringComparison.Ordinal)..];
        budget = budget[..budget.IndexOf(" .\n", StringComparison.Ordinal)];
        Assert.DoesNotContain("dcat:theme", budget, StringComparison.Ordinal);
        Assert.DoesNotContain("accrualPeriodicity", budget, StringComparison.Ordinal);
        Assert.Contains("dct:spatial _:", budget, StringComparison.Ordinal);
    }
}
