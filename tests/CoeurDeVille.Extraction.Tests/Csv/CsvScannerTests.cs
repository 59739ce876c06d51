using System.Text;
using CoeurDeVille.Core.Tabular;
using CoeurDeVille.Extraction.Csv;
using CoeurDeVille.Extraction.Filters;
using CoeurDeVille.Extraction.Records;
using CoeurDeVille.TestSupport;
using Xunit;

namespace CoeurDeVille.Extraction.Tests.Csv;

public sealed class CsvScannerTests
{
    private static readonly Encoding Windows1252 = TextEncodings.Windows1252;

    [Fact]
    public void Windows_1252_file_is_detected_and_kept_lines_come_out_in_UTF8()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("cp1252.csv");
        File.WriteAllBytes(path, Windows1252.GetBytes("code;nom\n30007;Alès\n30189;Nîmes\n64102;Bayonne — côte\n"));

        var dialect = CsvSniffer.Detect(path);
        var output = folder.File("out.csv");
        using (var sink = new RawCsvSink([output], dialect))
        {
            Scan(path, dialect, Lookup(["30007", "64102"]), sink);
            sink.Complete();
        }

        Assert.Equal(1252, dialect.Encoding.CodePage);
        Assert.Equal((byte)';', dialect.Separator);
        Assert.Equal("code;nom\n30007;Alès\n64102;Bayonne — côte\n", File.ReadAllText(output, Encoding.UTF8));
    }

    [Fact]
    public void Invalid_UTF8_in_the_middle_is_refused_with_its_line_number()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("mixed.csv");
        var good = string.Concat(Enumerable.Range(0, 5000).Select(i => $"30007,ligne {i} é\n"));
        var bytes = Encoding.UTF8.GetBytes("code,texte\n" + good).Concat(Windows1252.GetBytes("30007,Nîmes\n")).ToArray();
        File.WriteAllBytes(path, bytes);
        var dialect = CsvSniffer.Detect(path);

        var error = Assert.Throws<SourceFormatException>(() => Scan(path, dialect, Lookup(["30007"]), new CollectingSink(), chunkSize: 4096));

        Assert.Equal(5002, error.Line);
        Assert.Contains("UTF-8", error.Message, StringComparison.Ordinal);
        Assert.Contains("windows-1252", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unclosed_quote_at_the_end_is_reported_as_a_truncated_file()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("truncated.csv");
        File.WriteAllText(path, "code,texte\n30007,ok\n30007,\"début coupé\n");
        var dialect = CsvSniffer.Detect(path);

        var error = Assert.Throws<SourceFormatException>(() => Scan(path, dialect, Lookup(["30007"]), new CollectingSink()));

        Assert.Equal(3, error.Line);
        Assert.Contains("tronqué", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_last_row_cut_short_is_reported_as_a_truncated_file()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("cut.csv");
        File.WriteAllText(path, "code,a,b,c\n30007,1,2,3\n30007,1");
        var dialect = CsvSniffer.Detect(path);

        var error = Assert.Throws<SourceFormatException>(() => Scan(path, dialect, Lookup(["30007"]), new CollectingSink()));

        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void Rows_with_a_wrong_field_count_are_rejected_and_located()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("ragged.csv");
        File.WriteAllText(path, "code,a,b\n30007,1,2\n30007,1\n30007,1,2,3\n30007,4,5\n");
        var dialect = CsvSniffer.Detect(path);
        var sink = new CollectingSink();

        var statistics = Scan(path, dialect, Lookup(["30007"]), sink);

        Assert.Equal(2, statistics.RowsKept);
        Assert.Equal(2, statistics.RowsRejected);
        Assert.Equal([3L, 4L], statistics.Examples.Select(e => e.Line));
        Assert.Equal([2L, 5L], sink.Lines.Select(l => l.Line));
    }

    [Fact]
    public void Quoted_fields_with_separators_and_newlines_survive_any_chunk_size()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("quoted.csv");
        var builder = new StringBuilder("code,texte,n\r\n");
        for (var i = 0; i < 2000; i++)
        {
            var code = i % 3 == 0 ? "\"30007\"" : i % 3 == 1 ? "64102" : "30189";
            var text = i % 5 == 0 ? $"\"ligne {i}, avec \"\"guillemets\"\"\nsur deux lignes\"" : $"ligne {i}";
            builder.Append($"{code},{text},{i}\r\n");
        }

        File.WriteAllText(path, builder.ToString());
        var dialect = CsvSniffer.Detect(path);
        var small = new CollectingSink();
        var large = new CollectingSink();

        var smallStatistics = Scan(path, dialect, Lookup(["30007", "64102"]), small, chunkSize: 1000);
        Scan(path, dialect, Lookup(["30007", "64102"]), large);

        Assert.Equal(2000, smallStatistics.RowsRead);
        Assert.Equal(1334, smallStatistics.RowsKept);
        Assert.Equal(large.Lines, small.Lines);
        // Line numbers count the physical lines of multi-line records before them.
        var first = small.Lines[0];
        Assert.Equal(2, first.Line);
        Assert.Equal(4, small.Lines[1].Line);
        Assert.StartsWith("\"30007\",\"ligne 0, avec", first.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_input_is_refused_before_reading()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("archive.csv");
        File.WriteAllBytes(path, [0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00]);

        var error = Assert.Throws<InvalidDataException>(() => CsvSniffer.Detect(path));

        Assert.Contains("binaire", error.Message, StringComparison.Ordinal);
    }

    private static CodeLookup Lookup(IReadOnlyList<string> codes) =>
        CodeLookup.ForCommunes(TestTerritories.Directory, [new HashSet<string>(codes)]);

    private static ScanStatistics Scan(string path, CsvDialect dialect, CodeLookup lookup, IKeptLineSink sink, int chunkSize = 1 << 20)
    {
        var columns = CsvHeader.Read(path, dialect);
        var scanner = new CsvScanner(dialect, new CodeClassifier(lookup, CsvHeader.Find(columns, "code", path), dialect.Separator), chunkSize);
        using var stream = File.OpenRead(path);
        return scanner.Run(stream, Path.GetFileName(path), sink, cancellationToken: TestContext.Current.CancellationToken);
    }

    private sealed class CollectingSink : IKeptLineSink
    {
        public List<(long Line, string Text)> Lines { get; } = [];

        public void Header(ReadOnlySpan<byte> header)
        {
        }

        public void Line(ReadOnlySpan<byte> record, long line, ReadOnlySpan<int> perimeters, bool remapped) =>
            Lines.Add((line, Encoding.UTF8.GetString(record)));
    }
}
