using System.Globalization;

namespace CoeurDeVille.Bench;

/// <summary>Minimal <c>--name value</c> parser for the bench sub-commands.</summary>
internal sealed class Arguments
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public Arguments(IEnumerable<string> args)
    {
        string? name = null;
        foreach (var arg in args)
        {
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                if (name is not null)
                {
                    _values[name] = "true";
                }

                name = arg[2..];
            }
            else if (name is not null)
            {
                _values[name] = arg;
                name = null;
            }
            else
            {
                throw new ArgumentException($"Argument inattendu : {arg}");
            }
        }

        if (name is not null)
        {
            _values[name] = "true";
        }
    }

    public string Get(string name, string? fallback = null) =>
        _values.TryGetValue(name, out var value) ? value
        : fallback ?? throw new ArgumentException($"Option --{name} manquante.");

    public double GetDouble(string name, double fallback) =>
        _values.TryGetValue(name, out var value) ? double.Parse(value, CultureInfo.InvariantCulture) : fallback;

    public long GetLong(string name, long fallback) =>
        _values.TryGetValue(name, out var value) ? long.Parse(value, CultureInfo.InvariantCulture) : fallback;
}
