using System.Text;
using CoeurDeVille.Core.Tabular;

namespace CoeurDeVille.Core.Validation;

/// <summary>
/// Validates a CSV (encoding and separator detected, BOM skipped) or XLSX (first sheet) file against a Table Schema,
/// reporting errors the way frictionless/Validata do. Without a schema, one is inferred from the header.
/// </summary>
public static class TableValidator
{
    public static ValidationReport Validate(string path, TableSchema? schema = null, ValidationOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new ValidationOptions();
        var checker = new TableChecker(schema, options.LimitErrors);
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new FileNotFoundException($"Fichier introuvable : {path}", path);
        }

        if (info.Length == 0)
        {
            checker.Add(new(ValidationErrorTypes.SourceError, null, null, null, null, $"{info.Name} : le fichier est vide."));
        }
        else
        {
            Check(path, options, checker, cancellationToken);
        }

        var errors = checker.Finish();
        return new ValidationReport
        {
            File = info.Name,
            Labels = checker.Labels,
            RowCount = checker.RowCount,
            Errors = errors,
            Warnings = checker.Warnings,
            UncheckedCustomChecks = checker.Schema?.CustomChecks ?? schema?.CustomChecks ?? [],
        };
    }

    /// <summary>
    /// Validates records already in memory (the header first), named <paramref name="name"/> in the report: an
    /// importer that has just built the rows checks them without writing and re-reading a file.
    /// </summary>
    public static ValidationReport Validate(
        string name, IEnumerable<string[]> records, TableSchema? schema, ValidationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        options ??= new ValidationOptions();
        var checker = new TableChecker(schema, options.LimitErrors);
        var rowNumber = 0;
        foreach (var record in records)
        {
            cancellationToken.ThrowIfCancellationRequested();
            rowNumber++;
            if (rowNumber == 1)
            {
                checker.Header(record);
            }
            else
            {
                checker.Row(rowNumber, record);
            }

            if (checker.LimitReached)
            {
                break;
            }
        }

        return new ValidationReport
        {
            File = name,
            Labels = checker.Labels,
            RowCount = checker.RowCount,
            Errors = checker.Finish(),
            Warnings = checker.Warnings,
            UncheckedCustomChecks = checker.Schema?.CustomChecks ?? schema?.CustomChecks ?? [],
        };
    }

    private static void Check(string path, ValidationOptions options, TableChecker checker, CancellationToken cancellationToken)
    {
        IEnumerable<string[]> records;
        Encoding? encoding = null;
        if (path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            records = XlsxRecordReader.Read(path);
        }
        else
        {
            CsvDialect dialect;
            try
            {
                var forced = options.Encoding is { CodePage: 65001 } ? TextEncodings.StrictUtf8 : options.Encoding;
                dialect = CsvSniffer.Detect(path, forced, options.Separator is { } s ? (byte)s : null);
            }
            catch (InvalidDataException exception)
            {
                checker.Add(new(ValidationErrorTypes.SourceError, null, null, null, null, exception.Message));
                return;
            }

            encoding = dialect.Encoding;
            records = ReadCsv(path, dialect);
        }

        var rowNumber = 0;
        try
        {
            foreach (var record in records)
            {
                cancellationToken.ThrowIfCancellationRequested();
                rowNumber++;
                if (rowNumber == 1)
                {
                    checker.Header(record);
                }
                else
                {
                    checker.Row(rowNumber, record);
                }

                if (checker.LimitReached)
                {
                    return;
                }
            }
        }
        catch (DecoderFallbackException exception)
        {
            var bytes = string.Join(' ', (exception.BytesUnknown ?? []).Select(b => $"0x{b:X2}"));
            checker.Add(new(ValidationErrorTypes.EncodingError, rowNumber + 1, null, null, null,
                $"Le fichier n'est pas encodé en {encoding?.WebName ?? "?"} : octet {bytes} illisible vers la ligne {rowNumber + 1}. Enregistrez-le en UTF-8."));
            return;
        }

        if (rowNumber == 0)
        {
            checker.Add(new(ValidationErrorTypes.SourceError, null, null, null, null, "Le fichier ne contient aucune ligne."));
        }
    }

    private static IEnumerable<string[]> ReadCsv(string path, CsvDialect dialect)
    {
        using var stream = File.OpenRead(path);
        stream.Seek(dialect.PreambleLength, SeekOrigin.Begin);
        using var reader = new StreamReader(stream, dialect.Encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
        foreach (var record in CsvRecordReader.Read(reader, (char)dialect.Separator))
        {
            yield return record;
        }
    }
}
