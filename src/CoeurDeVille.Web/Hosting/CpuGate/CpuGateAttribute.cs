namespace CoeurDeVille.Web.Hosting.CpuGate;

/// <summary>
/// Marks an endpoint (Razor page model or minimal API metadata) whose work is short and CPU-bound: its requests run
/// through <see cref="CpuGateMiddleware"/>. Never put it on an endpoint that streams a large body to the client: a slow
/// client would hold a permit for as long as its download lasts.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class CpuGateAttribute : Attribute;
