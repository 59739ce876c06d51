namespace CoeurDeVille.Extraction.Records;

/// <summary>Malformed input: says which file, which line (or feature) and field, and what was expected.</summary>
public sealed class SourceFormatException : Exception
{
    public SourceFormatException(string file, long? line, string message, Exception? inner = null)
        : base(Format(file, line, message), inner)
    {
        File = file;
        Line = line;
        Detail = message;
    }

    public SourceFormatException()
    {
        File = "";
        Detail = "";
    }

    public SourceFormatException(string message)
        : base(message)
    {
        File = "";
        Detail = message;
    }

    public SourceFormatException(string message, Exception inner)
        : base(message, inner)
    {
        File = "";
        Detail = message;
    }

    public string File { get; }

    public long? Line { get; }

    public string Detail { get; }

    private static string Format(string file, long? line, string message) =>
        line is null ? $"{file} : {message}" : $"{file}, ligne {line} : {message}";
}
