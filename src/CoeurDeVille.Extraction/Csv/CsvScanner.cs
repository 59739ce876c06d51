using System.Buffers;
using System.Text.Unicode;
using CoeurDeVille.Core.Tabular;
using CoeurDeVille.Extraction.Records;

namespace CoeurDeVille.Extraction.Csv;

/// <summary>
/// The fast path of extraction: reads a CSV file as bytes in large chunks cut at record boundaries,
/// classifies the chunks' records on all cores, and hands the kept records — in file order — to a sink.
/// Quote-aware only where quotes appear; UTF-8 validated on the fly so a wrongly encoded file is refused
/// with its line number instead of producing garbage.
/// </summary>
public sealed class CsvScanner
{
    private readonly CsvDialect _dialect;
    private readonly ILineClassifier _classifier;
    private readonly int _chunkSize;
    private readonly int _parallelism;

    public CsvScanner(CsvDialect dialect, ILineClassifier classifier, int chunkSize = 4 << 20, int parallelism = 0)
    {
        _dialect = dialect;
        _classifier = classifier;
        _chunkSize = chunkSize;
        _parallelism = parallelism > 0 ? parallelism : Environment.ProcessorCount;
    }

    /// <summary>Number of fields of the header, known after <see cref="Run"/> started.</summary>
    public int HeaderFieldCount { get; private set; }

    /// <param name="progress">Called with the bytes consumed so far, on the calling thread.</param>
    public ScanStatistics Run(Stream input, string fileName, IKeptLineSink sink, Action<long>? progress = null, CancellationToken cancellationToken = default)
    {
        var statistics = new ScanStatistics();
        var inflight = new Queue<(Chunk Chunk, Task<ChunkResult> Work)>();
        var carry = Array.Empty<byte>();
        var carryLength = 0;
        var nextLine = 1L;
        long consumed = 0;
        var headerDone = false;
        var preambleToSkip = _dialect.PreambleLength;
        try
        {
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var chunk = ReadChunk(input, ref carry, ref carryLength, ref preambleToSkip, fileName, nextLineHint: nextLine);
                if (chunk is null)
                {
                    break;
                }

                consumed += chunk.Length + chunk.Skipped;
                if (!headerDone)
                {
                    headerDone = true;
                    var headerEnd = chunk.HeaderLength;
                    var header = TrimCr(chunk.Span[..headerEnd]);
                    if (_dialect.IsUtf8 && !Utf8.IsValid(header))
                    {
                        throw new SourceFormatException(fileName, 1, "en-tête mal encodé : le fichier n'est pas en UTF-8 (essayez --encodage windows-1252).");
                    }

                    HeaderFieldCount = CsvFields.Count(header, _dialect.Separator, header.Contains((byte)'"'));
                    sink.Header(header);
                    chunk.Start = Math.Min(chunk.Length, headerEnd + 1);
                    chunk.FirstLine = 2;
                }

                inflight.Enqueue((chunk, Task.Run(() => Process(chunk, fileName), cancellationToken)));
                if (inflight.Count > _parallelism)
                {
                    Drain(inflight.Dequeue(), sink, statistics, ref nextLine, fileName);
                    progress?.Invoke(consumed - inflight.Sum(i => (long)i.Chunk.Length));
                }
            }

            while (inflight.Count > 0)
            {
                Drain(inflight.Dequeue(), sink, statistics, ref nextLine, fileName);
            }

            progress?.Invoke(consumed);
            if (!headerDone)
            {
                throw new SourceFormatException(fileName, null, "fichier vide : aucune ligne d'en-tête.");
            }

            statistics.Bytes = consumed;
            return statistics;
        }
        finally
        {
            foreach (var (chunk, work) in inflight)
            {
                try
                {
                    work.Wait(CancellationToken.None);
                }
                catch (AggregateException)
                {
                    // The first failure is already being reported.
                }

                ArrayPool<byte>.Shared.Return(chunk.Buffer);
            }
        }
    }

    private void Drain((Chunk Chunk, Task<ChunkResult> Work) item, IKeptLineSink sink, ScanStatistics statistics, ref long nextLine, string fileName)
    {
        var (chunk, work) = item;
        try
        {
            ChunkResult result;
            try
            {
                result = work.GetAwaiter().GetResult();
            }
            catch (ChunkFormatException exception)
            {
                throw new SourceFormatException(fileName, nextLine + chunk.FirstLine - 1 + exception.LineInChunk, exception.Message);
            }

            var firstLine = nextLine + chunk.FirstLine - 1;
            var span = chunk.Span;
            foreach (var kept in result.Kept)
            {
                var hits = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(result.Hits).Slice(kept.HitStart, kept.HitCount);
                sink.Line(span.Slice(kept.Start, kept.Length), firstLine + kept.LineInChunk, hits, kept.Remapped);
            }

            foreach (var issue in result.Issues)
            {
                if (statistics.Examples.Count < ScanStatistics.MaxExamples)
                {
                    statistics.Examples.Add(issue with { Line = firstLine + issue.Line });
                }
            }

            statistics.Add(result.Statistics);
            nextLine = firstLine + result.PhysicalLines;
            chunk.FirstLine = 1;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk.Buffer);
        }
    }

    private Chunk? ReadChunk(Stream input, ref byte[] carry, ref int carryLength, ref int preambleToSkip, string fileName, long nextLineHint)
    {
        var size = Math.Max(_chunkSize, carryLength * 2);
        while (true)
        {
            var buffer = ArrayPool<byte>.Shared.Rent(size);
            carry.AsSpan(0, carryLength).CopyTo(buffer);
            var filled = carryLength + input.ReadAtLeast(buffer.AsSpan(carryLength), buffer.Length - carryLength, throwOnEndOfStream: false);
            var skipped = 0;
            if (preambleToSkip > 0)
            {
                skipped = Math.Min(preambleToSkip, filled);
                buffer.AsSpan(skipped, filled - skipped).CopyTo(buffer);
                filled -= skipped;
                preambleToSkip = 0;
            }

            var endOfFile = filled < buffer.Length;
            if (filled == 0)
            {
                ArrayPool<byte>.Shared.Return(buffer);
                return null;
            }

            var span = buffer.AsSpan(0, filled);
            var cut = endOfFile ? filled : LastRecordEnd(span);
            if (cut <= 0)
            {
                // One record longer than the buffer: read more before cutting.
                carry = buffer.AsSpan(0, filled).ToArray();
                carryLength = filled;
                ArrayPool<byte>.Shared.Return(buffer);
                size *= 2;
                if (size > 1 << 30)
                {
                    throw new SourceFormatException(fileName, nextLineHint, "enregistrement de plus de 1 Go : guillemet non fermé ou fichier qui n'est pas un CSV.");
                }

                continue;
            }

            var remaining = filled - cut;
            if (carry.Length < remaining)
            {
                carry = new byte[Math.Max(remaining, 1 << 16)];
            }

            span[cut..].CopyTo(carry);
            carryLength = remaining;
            var chunk = new Chunk(buffer, cut, endOfFile && remaining == 0) { Skipped = skipped };
            chunk.HeaderLength = FirstRecordEnd(chunk.Span);
            return chunk;
        }
    }

    /// <summary>Position just after the last line terminator that is outside quotes (chunks start outside quotes).</summary>
    private static int LastRecordEnd(ReadOnlySpan<byte> span)
    {
        if (!span.Contains((byte)'"'))
        {
            return span.LastIndexOf((byte)'\n') + 1;
        }

        var lastEnd = 0;
        var inQuotes = false;
        var position = 0;
        while (true)
        {
            var next = span[position..].IndexOfAny((byte)'"', (byte)'\n');
            if (next < 0)
            {
                return lastEnd;
            }

            position += next;
            if (span[position] == (byte)'"')
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes)
            {
                lastEnd = position + 1;
            }

            position++;
        }
    }

    private static int FirstRecordEnd(ReadOnlySpan<byte> span)
    {
        var inQuotes = false;
        for (var i = 0; i < span.Length; i++)
        {
            if (span[i] == (byte)'"')
            {
                inQuotes = !inQuotes;
            }
            else if (span[i] == (byte)'\n' && !inQuotes)
            {
                return i;
            }
        }

        return span.Length;
    }

    private ChunkResult Process(Chunk chunk, string fileName)
    {
        var result = new ChunkResult();
        var data = chunk.Span[chunk.Start..];
        if (_dialect.IsUtf8 && !Utf8.IsValid(data))
        {
            var position = FirstInvalidUtf8(data);
            var lineStart = data[..position].LastIndexOf((byte)'\n') + 1;
            throw new ChunkFormatException(
                data[..position].Count((byte)'\n'),
                $"octet 0x{data[position]:X2} invalide en UTF-8 (colonne {position - lineStart + 1}) : le fichier n'est pas en UTF-8 ; s'il vient d'Excel ou d'un logiciel Windows, essayez --encodage windows-1252.");
        }

        var separator = _dialect.Separator;
        var anyQuotes = data.Contains((byte)'"');
        var expectedFields = HeaderFieldCount;
        var hits = new List<int>(8);
        var line = 0;
        var position0 = 0;
        var statistics = result.Statistics;
        while (position0 < data.Length)
        {
            int end;
            int physicalLines;
            bool hasQuotes;
            var rest = data[position0..];
            if (!anyQuotes)
            {
                var newline = rest.IndexOf((byte)'\n');
                end = newline < 0 ? rest.Length : newline;
                physicalLines = 1;
                hasQuotes = false;
            }
            else
            {
                (end, physicalLines, hasQuotes) = QuotedRecordEnd(rest, line, chunk.IsLast);
            }

            var record = TrimCr(rest[..end]);
            if (!record.IsEmpty)
            {
                statistics.RowsRead++;
                LineVerdict verdict;
                hits.Clear();
                var fields = CsvFields.Count(record, separator, hasQuotes);
                if (fields != expectedFields)
                {
                    if (end == rest.Length && chunk.IsLast && fields < expectedFields && rest[^1] != (byte)'\n')
                    {
                        throw new ChunkFormatException(line, $"dernière ligne incomplète ({fields} champs sur {expectedFields}) : le fichier semble tronqué.");
                    }

                    verdict = LineVerdict.Rejected;
                    AddIssue(result, line, verdict, $"{fields} champs au lieu de {expectedFields}");
                }
                else
                {
                    verdict = _classifier.Classify(record, hasQuotes, hits);
                }

                switch (verdict)
                {
                    case LineVerdict.Kept or LineVerdict.KeptRemapped:
                        statistics.RowsKept++;
                        if (verdict == LineVerdict.KeptRemapped)
                        {
                            statistics.RowsRemapped++;
                        }

                        result.Kept.Add(new KeptRecord(chunk.Start + position0, record.Length, line, result.Hits.Count, hits.Count, verdict == LineVerdict.KeptRemapped));
                        result.Hits.AddRange(hits);
                        break;
                    case LineVerdict.Rejected:
                        statistics.RowsRejected++;
                        if (fields == expectedFields)
                        {
                            AddIssue(result, line, verdict, _classifier.Describe(record, hasQuotes, verdict));
                        }

                        break;
                    case LineVerdict.UnknownCode:
                        statistics.RowsUnknownCode++;
                        AddIssue(result, line, verdict, _classifier.Describe(record, hasQuotes, verdict));
                        break;
                }
            }

            line += physicalLines;
            position0 += end + 1;
        }

        result.PhysicalLines = line;
        return result;
    }

    private static void AddIssue(ChunkResult result, int line, LineVerdict verdict, string detail)
    {
        if (result.Issues.Count < ScanStatistics.MaxExamples)
        {
            result.Issues.Add(new LineIssue(line, verdict, detail));
        }
    }

    private static (int End, int PhysicalLines, bool HasQuotes) QuotedRecordEnd(ReadOnlySpan<byte> rest, int line, bool isLastChunk)
    {
        var inQuotes = false;
        var lines = 1;
        var hasQuotes = false;
        for (var i = 0; i < rest.Length; i++)
        {
            var b = rest[i];
            if (b == (byte)'"')
            {
                inQuotes = !inQuotes;
                hasQuotes = true;
            }
            else if (b == (byte)'\n')
            {
                if (!inQuotes)
                {
                    return (i, lines, hasQuotes);
                }

                lines++;
            }
        }

        if (inQuotes)
        {
            throw new ChunkFormatException(line, isLastChunk
                ? "guillemet ouvert et jamais fermé avant la fin du fichier : le fichier semble tronqué."
                : "guillemet ouvert et jamais fermé.");
        }

        return (rest.Length, lines, hasQuotes);
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> data)
    {
        var position = 0;
        while (position < data.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(data[position..], out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                return position;
            }

            position += consumed;
        }

        return data.Length - 1;
    }

    private static ReadOnlySpan<byte> TrimCr(ReadOnlySpan<byte> record) =>
        record.Length > 0 && record[^1] == (byte)'\r' ? record[..^1] : record;

    private sealed class Chunk(byte[] buffer, int length, bool isLast)
    {
        public byte[] Buffer { get; } = buffer;

        public int Length { get; } = length;

        public bool IsLast { get; } = isLast;

        public int Skipped { get; init; }

        public int Start { get; set; }

        public int HeaderLength { get; set; }

        /// <summary>1 for ordinary chunks, 2 for the first (its header is line 1).</summary>
        public int FirstLine { get; set; } = 1;

        public ReadOnlySpan<byte> Span => Buffer.AsSpan(0, Length);
    }

    private readonly record struct KeptRecord(int Start, int Length, int LineInChunk, int HitStart, int HitCount, bool Remapped);

    private sealed class ChunkResult
    {
        public List<KeptRecord> Kept { get; } = [];

        public List<int> Hits { get; } = [];

        public List<LineIssue> Issues { get; } = [];

        public ScanStatistics Statistics { get; } = new();

        public int PhysicalLines { get; set; }
    }

    private sealed class ChunkFormatException(int lineInChunk, string message) : Exception(message)
    {
        public int LineInChunk { get; } = lineInChunk;
    }
}
