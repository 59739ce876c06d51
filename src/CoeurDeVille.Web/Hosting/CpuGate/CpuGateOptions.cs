namespace CoeurDeVille.Web.Hosting.CpuGate;

/// <summary>
/// <c>Cdv:Limites:Calcul</c>: how many gated requests run at once (<c>RequetesSimultanees</c>, default: the number of
/// cores the process may use; 0 turns the gate off) and how many wait their turn (<c>FileAttente</c>, default 1,000)
/// before the next ones are answered 503.
/// </summary>
public sealed class CpuGateOptions
{
    public const string Section = "Cdv:Limites:Calcul";

    public int RequetesSimultanees { get; set; } = Environment.ProcessorCount;

    public int FileAttente { get; set; } = 1000;
}
