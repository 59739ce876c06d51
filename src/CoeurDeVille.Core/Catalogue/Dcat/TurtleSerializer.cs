using System.Globalization;
using System.Text;

namespace CoeurDeVille.Core.Catalogue.Dcat;

/// <summary>Writes an <see cref="RdfGraph"/> as Turtle 1.1: prefixes, then one block per subject.</summary>
internal static class TurtleSerializer
{
    public static void Write(RdfGraph graph, TextWriter writer)
    {
        foreach (var (prefix, ns) in RdfVocabulary.Prefixes)
        {
            writer.Write($"@prefix {prefix}: <{ns}> .\n");
        }

        foreach (var resource in graph.Resources)
        {
            writer.Write('\n');
            writer.Write(Term(resource.Subject));
            var lines = new List<string>();
            if (resource.Types.Count > 0)
            {
                lines.Add("a " + string.Join(", ", resource.Types.Select(Name)));
            }

            lines.AddRange(resource.Statements.Select(s => $"{Name(s.Predicate)} {Term(s.Object)}"));
            writer.Write(' ');
            writer.Write(string.Join(" ;\n    ", lines));
            writer.Write(" .\n");
        }
    }

    private static string Name(string iri) => RdfVocabulary.Compact(iri) ?? $"<{RdfIri.Escape(iri)}>";

    private static string Term(RdfTerm term) => term switch
    {
        RdfTerm.Iri iri => Name(iri.Value),
        RdfTerm.Blank blank => "_:" + blank.Label,
        RdfTerm.Literal { Language: { } language } literal => $"{Quote(literal.Value)}@{language}",
        RdfTerm.Literal { Datatype: { } datatype } literal => $"{Quote(literal.Value)}^^{Name(datatype)}",
        RdfTerm.Literal literal => Quote(literal.Value),
        _ => throw new ArgumentOutOfRangeException(nameof(term)),
    };

    /// <summary>A Turtle STRING_LITERAL_QUOTE: backslash, quote and line breaks escaped, other controls as <c>\uXXXX</c>; accents kept.</summary>
    internal static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': builder.Append(@"\\"); break;
                case '"': builder.Append("\\\""); break;
                case '\n': builder.Append(@"\n"); break;
                case '\r': builder.Append(@"\r"); break;
                case '\t': builder.Append(@"\t"); break;
                case '\b': builder.Append(@"\b"); break;
                case '\f': builder.Append(@"\f"); break;
                case < ' ' or '\u007F':
                    builder.Append(@"\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
                default: builder.Append(c); break;
            }
        }

        return builder.Append('"').ToString();
    }
}
