namespace CoeurDeVille.Modules.Biodiversity.Contributions;

/// <summary>French labels of the SINP validation levels, and which of them put a submission into the atlas.</summary>
public static class ValidationLevels
{
    /// <summary>The levels an expert may give, in the nomenclature's order.</summary>
    public static IReadOnlyList<ValidationLevel> Decisions { get; } =
        [ValidationLevel.Certain, ValidationLevel.Probable, ValidationLevel.Doubtful, ValidationLevel.Invalid, ValidationLevel.NotAssessable];

    /// <summary>The nomenclature's label (<see cref="Observations.SinpValidation"/>), but « Non évaluable » for 5: what an expert means here.</summary>
    public static string Label(ValidationLevel level) =>
        level == ValidationLevel.NotAssessable ? "Non évaluable" : Observations.SinpValidation.Label((int)level);

    /// <summary>Only certain and probable records become atlas observations (GeoNature-atlas shows validated data the same way).</summary>
    public static bool EntersAtlas(ValidationLevel level) => level is ValidationLevel.Certain or ValidationLevel.Probable;

    /// <summary>Reads the SINP code posted by the validation form ("1"…"5").</summary>
    public static ValidationLevel? Parse(string? code) =>
        int.TryParse(code, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value)
        && Decisions.Contains((ValidationLevel)value) ? (ValidationLevel)value : null;
}
