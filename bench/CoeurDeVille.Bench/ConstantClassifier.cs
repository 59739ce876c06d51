using CoeurDeVille.Extraction.Csv;

namespace CoeurDeVille.Bench;

/// <summary>Keeps nothing, looks at nothing: isolates the scanner's own cost.</summary>
internal sealed class ConstantClassifier : ILineClassifier
{
    public LineVerdict Classify(ReadOnlySpan<byte> record, bool hasQuotes, List<int> hits) => LineVerdict.Outside;

    public string Describe(ReadOnlySpan<byte> record, bool hasQuotes, LineVerdict verdict) => "";
}
