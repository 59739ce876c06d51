using CoeurDeVille.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CoeurDeVille.Web.Hosting.CpuGate;

/// <summary><c>builder.AddCpuGate()</c>, <c>app.UseCpuGate()</c> after routing, <c>.WithCpuGate()</c> on endpoints.</summary>
public static class CpuGateRegistration
{
    public static WebApplicationBuilder AddCpuGate(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Configuration.GetSection(CpuGateOptions.Section).Get<CpuGateOptions>() ?? new CpuGateOptions();
        builder.Services.AddSingleton(services =>
        {
            var postgres = CdvDbContextFactory.ProviderOf(services.GetRequiredService<CdvWebOptions>().Database) == StorageProvider.PostgreSql;
            return new CpuGateMiddleware(options.PermitsFor(postgres), options.FileAttente);
        });
        return builder;
    }

    /// <summary>After <c>UseRouting</c>, which tells which endpoint a request goes to.</summary>
    public static IApplicationBuilder UseCpuGate(this IApplicationBuilder app) => app.UseMiddleware<CpuGateMiddleware>();

    public static TBuilder WithCpuGate<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(new CpuGateAttribute());
}
