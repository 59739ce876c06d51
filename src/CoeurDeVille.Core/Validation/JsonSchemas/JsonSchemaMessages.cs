using Json.Schema;

namespace CoeurDeVille.Core.Validation.JsonSchemas;

/// <summary>
/// French error templates for JsonSchema.Net. The library only offers process-wide templates (its documented way to
/// localise), so they are set once, before the first validation; every user of the library in this process gets French.
/// </summary>
internal static class JsonSchemaMessages
{
    private static readonly Lazy<bool> Applied = new(Apply);

    public static void EnsureFrench() => _ = Applied.Value;

    // Tokens come JSON-encoded: strings keep their double quotes ("date"), lists their brackets.
    private static bool Apply()
    {
        ErrorMessages.Type = "type [[received]] au lieu de [[expected]]";
        ErrorMessages.Required = "propriétés obligatoires absentes : [[missing]]";
        ErrorMessages.DependentRequired = "propriétés requises absentes : [[missing]]";
        ErrorMessages.Enum = "valeur non autorisée ; valeurs permises : [[values]]";
        ErrorMessages.Const = "valeur attendue : [[value]]";
        ErrorMessages.Pattern = "ne respecte pas le motif attendu [[pattern]]";
        ErrorMessages.Format = "ne respecte pas le format [[format]]";
        ErrorMessages.FormatWithDetail = "ne respecte pas le format [[format]] ([[detail]])";
        ErrorMessages.UnknownFormat = "format [[format]] inconnu";
        ErrorMessages.MaxLength = "[[received]] caractères, au plus [[limit]] attendus";
        ErrorMessages.MinLength = "[[received]] caractères, au moins [[limit]] attendus";
        ErrorMessages.Maximum = "[[received]] dépasse le maximum [[limit]]";
        ErrorMessages.Minimum = "[[received]] est inférieur au minimum [[limit]]";
        ErrorMessages.ExclusiveMaximum = "[[received]] doit être strictement inférieur à [[limit]]";
        ErrorMessages.ExclusiveMinimum = "[[received]] doit être strictement supérieur à [[limit]]";
        ErrorMessages.MaxItems = "[[received]] éléments, au plus [[limit]] attendus";
        ErrorMessages.MinItems = "[[received]] éléments, au moins [[limit]] attendus";
        ErrorMessages.MaxProperties = "[[received]] propriétés, au plus [[limit]] attendues";
        ErrorMessages.MinProperties = "[[received]] propriétés, au moins [[limit]] attendues";
        ErrorMessages.MultipleOf = "[[received]] n'est pas un multiple de [[divisor]]";
        ErrorMessages.UniqueItems = "éléments en double : [[duplicates]]";
        ErrorMessages.OneOf = "correspond à [[count]] formes permises au lieu d'une seule";
        ErrorMessages.ContainsTooFew = "[[received]] éléments conformes, au moins [[minimum]] attendus";
        ErrorMessages.ContainsTooMany = "[[received]] éléments conformes, au plus [[maximum]] attendus";
        ErrorMessages.FalseSchema = "propriété ou valeur non autorisée par le schéma";
        ErrorMessages.DependentSchemas = "ne respecte pas les règles liées à [[value]]";
        return true;
    }
}
