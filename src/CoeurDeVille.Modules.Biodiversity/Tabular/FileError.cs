using System.Globalization;

namespace CoeurDeVille.Modules.Biodiversity.Tabular;

/// <summary>One refused value of a biodiversity file: where (file, line, field), what was read and what was expected.</summary>
public sealed record FileError(string File, int Line, string? Field, string Problem, string? Expected)
{
    /// <summary>The French sentence shown to the user.</summary>
    public string Message
    {
        get
        {
            var where = Line > 0 ? string.Create(CultureInfo.InvariantCulture, $"{File}, ligne {Line}") : File;
            var column = Field is null ? "" : $", champ « {Field} »";
            var expected = Expected is null ? "" : $" ; attendu : {Expected}";
            return $"{where}{column} : {Problem}{expected}.";
        }
    }

    public override string ToString() => Message;
}
