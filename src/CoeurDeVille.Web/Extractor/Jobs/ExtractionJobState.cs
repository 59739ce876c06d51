namespace CoeurDeVille.Web.Extractor.Jobs;

/// <summary>Where a background extraction stands.</summary>
public enum ExtractionJobState
{
    Pending,

    Running,

    Succeeded,

    Failed,
}
