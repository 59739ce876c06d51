namespace CoeurDeVille.Core.Validation;

/// <summary>The frictionless error type codes a report uses.</summary>
public static class ValidationErrorTypes
{
    public const string BlankLabel = "blank-label";
    public const string DuplicateLabel = "duplicate-label";
    public const string IncorrectLabel = "incorrect-label";
    public const string MissingLabel = "missing-label";
    public const string ExtraLabel = "extra-label";
    public const string MissingCell = "missing-cell";
    public const string ExtraCell = "extra-cell";
    public const string BlankRow = "blank-row";
    public const string TypeError = "type-error";
    public const string ConstraintError = "constraint-error";
    public const string UniqueError = "unique-error";
    public const string PrimaryKey = "primary-key";
    public const string ForeignKey = "foreign-key";
    public const string EncodingError = "encoding-error";
    public const string SourceError = "source-error";
}
