namespace CoeurDeVille.Core.Territories;

/// <summary>A perimeter that cannot be resolved; the message says why and suggests close matches.</summary>
public sealed class PerimeterException : Exception
{
    public PerimeterException(string message)
        : base(message)
    {
    }

    public PerimeterException()
    {
    }

    public PerimeterException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
