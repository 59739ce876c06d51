namespace CoeurDeVille.Web.Extractor;

/// <summary>Settings of the extractor (section <c>Cdv:Extracteur</c>).</summary>
public sealed class ExtractorOptions
{
    public const string Section = "Cdv:Extracteur";

    /// <summary>Extractions run at the same time (1–2 on a small server: they read whole national files).</summary>
    public int Concurrency { get; set; } = 1;

    /// <summary>Jobs waiting beyond this number are refused with a « réessayez plus tard » message.</summary>
    public int QueueCapacity { get; set; } = 16;

    /// <summary>How long finished jobs and their files under <c>extraits/</c> are kept.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How often published extractions are looked at; each is refreshed when its own schedule is due.</summary>
    public TimeSpan RefreshCheckPeriod { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long the page waits for preview counts before showing « calcul en cours ».</summary>
    public TimeSpan PreviewWait { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Lets anyone publish extractions to catalogues (a single-user instance on a workstation); otherwise only an
    /// administrator or the territory's agents and animators may (see <see cref="Publication.PublicationAuthorization"/>).
    /// </summary>
    public bool AllowPublication { get; set; }
}
