namespace CoeurDeVille.Core.Validation;

/// <summary>One error: its frictionless type, where it is (header = row 1, fields from 1) and a French message.</summary>
/// <param name="RowNumber">Null for header (label) and file errors.</param>
/// <param name="FieldNumber">Null for row-wide errors (blank-row, primary-key, foreign-key).</param>
public sealed record ValidationError(string Type, int? RowNumber, int? FieldNumber, string? FieldName, string? Cell, string Message);
