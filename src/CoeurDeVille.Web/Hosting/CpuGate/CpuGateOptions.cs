namespace CoeurDeVille.Web.Hosting.CpuGate;

/// <summary>
/// <c>Cdv:Limites:Calcul</c>: how many gated requests run at once (<c>RequetesSimultanees</c>; 0 turns the gate off)
/// and how many wait their turn (<c>FileAttente</c>, default 1,000) before the next ones are answered 503.
/// </summary>
public sealed class CpuGateOptions
{
    public const string Section = "Cdv:Limites:Calcul";

    /// <summary>
    /// Default: one per core the process may use on SQLite, two on PostgreSQL, whose requests also wait for the
    /// database server (one core, PostGIS: items 375 → 537 requests/s, dataset page 192 → 311 with two).
    /// </summary>
    public int? RequetesSimultanees { get; set; }

    public int FileAttente { get; set; } = 1000;

    public int PermitsFor(bool postgres) => RequetesSimultanees ?? Environment.ProcessorCount * (postgres ? 2 : 1);
}
