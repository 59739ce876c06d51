namespace CoeurDeVille.Modules.Biodiversity.Contributions;

/// <summary>The fields of the submission form as posted (text, so that a bad value can be shown back with its message).</summary>
public sealed class SubmissionForm
{
    public string? CdNom { get; set; }

    public string? Nom { get; set; }

    public bool Inconnue { get; set; }

    public string? Description { get; set; }

    public string? Latitude { get; set; }

    public string? Longitude { get; set; }

    public string? Date { get; set; }

    public string? Nombre { get; set; }

    public string? Commentaire { get; set; }

    public string? Licence { get; set; }
}
