using System.Text;

namespace CoeurDeVille.Core.Tabular;

/// <summary>The encodings French public files come in, by the names users type.</summary>
public static class TextEncodings
{
    /// <summary>Windows-1252 (what "ANSI" or "Latin-1" means in most French administrations' exports).</summary>
    public static Encoding Windows1252 { get; } = LoadWindows1252();

    /// <summary>UTF-8 without BOM that throws on invalid bytes.</summary>
    public static Encoding StrictUtf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static Encoding LoadWindows1252()
    {
        // Code pages other than UTF-8 and Latin-1 come from a provider that must be registered once.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }

    /// <summary>Parses "utf-8", "utf8", "windows-1252", "cp1252", "latin1", "iso-8859-1"…</summary>
    public static Encoding Parse(string name) => name.Trim().ToLowerInvariant() switch
    {
        "utf-8" or "utf8" => StrictUtf8,
        "windows-1252" or "cp1252" or "ansi" or "latin1" or "latin-1" or "iso-8859-1" or "iso-8859-15" or "latin9" => Windows1252,
        var other => throw new ArgumentException($"Encodage inconnu : « {other} » (attendu : utf-8 ou windows-1252)."),
    };
}
