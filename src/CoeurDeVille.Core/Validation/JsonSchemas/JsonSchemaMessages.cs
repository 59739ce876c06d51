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
        ErrorMessages.Type = "est de type [[received]] au lieu de [[expected]]";
        ErrorMessages.Required = "propriétés obligatoires absentes : [[missing]]";
        ErrorMessages.DependentRequired = "propriétés requises absentes : [[missing]]";
        ErrorMessages.Enum = "n'est pas une valeur permise ; valeurs permises : [[values]]";
        ErrorMessages.Const = "diffère de la valeur attendue [[value]]";
        ErrorMessages.Pattern = "ne respecte pas le motif attendu [[pattern]]";
        ErrorMessages.Format = "ne respecte pas le format [[format]]";
        ErrorMessages.FormatWithDetail = "ne respecte pas le format [[format]] ([[detail]])";
        ErrorMessages.UnknownFormat = "format [[format]] inconnu";
        ErrorMessages.MaxLength = "compte [[received]] caractères, au plus [[limit]] attendus";
        ErrorMessages.MinLength = "compte [[received]] caractères, au moins [[limit]] attendus";
        ErrorMessages.Maximum = "dépasse le maximum [[limit]]";
        ErrorMessages.Minimum = "est inférieur au minimum [[limit]]";
        ErrorMessages.ExclusiveMaximum = "doit être strictement inférieur à [[limit]]";
        ErrorMessages.ExclusiveMinimum = "doit être strictement supérieur à [[limit]]";
        ErrorMessages.MaxItems = "compte [[received]] éléments, au plus [[limit]] attendus";
        ErrorMessages.MinItems = "compte [[received]] éléments, au moins [[limit]] attendus";
        ErrorMessages.MaxProperties = "compte [[received]] propriétés, au plus [[limit]] attendues";
        ErrorMessages.MinProperties = "compte [[received]] propriétés, au moins [[limit]] attendues";
        ErrorMessages.MultipleOf = "n'est pas un multiple de [[divisor]]";
        ErrorMessages.UniqueItems = "éléments en double : [[duplicates]]";
        ErrorMessages.OneOf = "correspond à [[count]] formes permises au lieu d'une seule";
        ErrorMessages.ContainsTooFew = "compte [[received]] éléments conformes, au moins [[minimum]] attendus";
        ErrorMessages.ContainsTooMany = "compte [[received]] éléments conformes, au plus [[maximum]] attendus";
        ErrorMessages.FalseSchema = "propriété ou valeur non autorisée par le schéma";
        ErrorMessages.DependentSchemas = "ne respecte pas les règles liées à [[value]]";
        return true;
    }
}
