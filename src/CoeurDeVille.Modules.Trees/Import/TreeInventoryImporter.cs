using System.Text;
using System.Text.RegularExpressions;
using CoeurDeVille.Core.Validation;
using CoeurDeVille.Modules.Trees.Export;
using CoeurDeVille.Modules.Trees.Inventory;
using CoeurDeVille.Modules.Trees.Mapping;
using CoeurDeVille.Modules.Trees.SchemaArbre;

namespace CoeurDeVille.Modules.Trees.Import;

/// <summary>
/// Imports a tree inventory (CSV, XLSX or GeoJSON), through a mapping when it does not follow schema-arbre, all or
/// nothing. Rows are mapped to the 26 schema cells, then the whole table is checked by the platform's Table Schema
/// validator against schema-arbre v0.2.0; any error, and no tree is returned.
/// </summary>
public static partial class TreeInventoryImporter
{
    public const int MaxErrors = 1000;

    /// <exception cref="InvalidDataException">The file or the mapping cannot be used at all (message in French, says why).</exception>
    /// <exception cref="FileNotFoundException">No such file.</exception>
    public static TreeImportResult Import(string path, TreeMapping? mapping = null, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Fichier introuvable : {path}", path);
        }

        var name = Path.GetFileName(path);
        var errors = new List<TreeImportError>();
        var rows = new List<MappedRow>();
        var unknownCodes = new Dictionary<string, int>(StringComparer.Ordinal);
        var rowCount = 0;
        // Reading + mapping on this thread, schema validation of the mapped rows on another, as they come (both cores).
        // Handed over by batches: one hand-over per row costs more in thread wake-ups than the validation itself.
        const int Batch = 2048;
        using var toValidate = new System.Collections.Concurrent.BlockingCollection<List<string[]>>(boundedCapacity: 4);
        var batch = new List<string[]>(Batch);
        var validation = Task.Run(() =>
        {
            try
            {
                return Validate(name, toValidate.GetConsumingEnumerable(cancellationToken).SelectMany(b => b), cancellationToken);
            }
            finally
            {
                // The validator stops at its error limit: drain so the reader is never blocked on a full queue.
                foreach (var _ in toValidate.GetConsumingEnumerable())
                {
                }
            }
        }, CancellationToken.None);
        try
        {
            var table = SourceTable.Open(path, mapping);
            var mapper = new RowMapper(table, mapping);
            foreach (var row in table.Rows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                rowCount++;
                var before = errors.Count;
                var mapped = mapper.Map(row, errors);
                if (mapped.UnknownCode is { } code)
                {
                    unknownCodes[code] = unknownCodes.GetValueOrDefault(code) + 1;
                }

                if (errors.Count == before)
                {
                    rows.Add(mapped);
                    batch.Add(mapped.Cells);
                    if (batch.Count == Batch)
                    {
                        toValidate.Add(batch, cancellationToken);
                        batch = new List<string[]>(Batch);
                    }
                }
            }

            toValidate.Add(batch, cancellationToken);
        }
        catch (DecoderFallbackException exception)
        {
            var bytes = string.Join(' ', (exception.BytesUnknown ?? []).Select(b => $"0x{b:X2}"));
            var line = InvalidUtf8Line(path) ?? rowCount + 2;
            return Failed(name, rowCount, [new(line, null, bytes,
                $"{name}, ligne {line} : octet {bytes} illisible — le fichier n'est pas dans l'encodage attendu (UTF-8). "
                + "Enregistrez-le en UTF-8, ou indiquez « encodage » dans la correspondance (par exemple « windows-1252 »). Rien n'a été importé.")]);
        }
        finally
        {
            toValidate.CompleteAdding();
            ((IAsyncResult)validation).AsyncWaitHandle.WaitOne();
        }

        errors.AddRange(validation.GetAwaiter().GetResult().Select(e => Translate(name, e, rows)));
        if (errors.Count > 0)
        {
            return Failed(name, rowCount, errors, unknownCodes);
        }

        return new TreeImportResult
        {
            File = name,
            RowCount = rowCount,
            Trees = [.. rows.Select(r => TreeCells.FromCells(r.Cells, r.Line, r.Status, r.StatusLabel))],
            UnknownTaxonCodes = unknownCodes,
        };
    }

    /// <summary>
    /// Runs the Table Schema validator over the mapped rows in memory (header, then the 26 cells of each row), as it
    /// would over the schema-arbre CSV they make: no temporary file written and parsed again.
    /// </summary>
    private static IReadOnlyList<ValidationError> Validate(string name, IEnumerable<string[]> cells, CancellationToken cancellationToken)
    {
        var records = cells.Prepend([.. SchemaArbreFields.All]);
        return TableValidator.Validate(name, records, SchemaArbreSchema.Table, new ValidationOptions { LimitErrors = MaxErrors, Separator = ';' }, cancellationToken).Errors;
    }

    /// <summary>Puts the source line in the validator's message, which counts rows of the intermediate table.</summary>
    private static TreeImportError Translate(string name, ValidationError error, List<MappedRow> rows)
    {
        long? SourceLine(int tableRow) => tableRow >= 2 && tableRow - 2 < rows.Count ? rows[tableRow - 2].Line : null;
        var line = error.RowNumber is { } r ? SourceLine(r) : null;
        var separator = error.Message.IndexOf(" : ", StringComparison.Ordinal);
        var detail = separator >= 0 ? error.Message[(separator + 3)..] : error.Message;
        detail = TableRow().Replace(detail, m => "ligne " + (SourceLine(int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? m.Groups[1].Value));
        var field = error.FieldName is { } f ? $", champ « {f} »" : "";
        var where = line is { } l ? $"{name}, ligne {l}{field}" : $"{name}{field}";
        return new TreeImportError(line, error.FieldName, error.Cell, $"{where} : {detail} (schéma schema-arbre {SchemaArbreSchema.Version}).");
    }

    /// <summary>The line of the first invalid UTF-8 sequence: the decoder reads ahead by blocks, so it cannot say.</summary>
    private static long? InvalidUtf8Line(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var chars = new char[bytes.Length];
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, chars, out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.InvalidData ? bytes.AsSpan(0, read).Count((byte)'\n') + 1 : null;
    }

    private static TreeImportResult Failed(string name, int rowCount, List<TreeImportError> errors, Dictionary<string, int>? unknownCodes = null) => new()
    {
        File = name,
        RowCount = rowCount,
        Errors = [.. errors.Take(MaxErrors)],
        ErrorCount = errors.Count,
        RejectedLines = [.. errors.Where(e => e.Line is not null).Select(e => e.Line!.Value).Distinct().Order()],
        UnknownTaxonCodes = unknownCodes ?? [],
    };

    [GeneratedRegex(@"ligne (\d+)")]
    private static partial Regex TableRow();
}
