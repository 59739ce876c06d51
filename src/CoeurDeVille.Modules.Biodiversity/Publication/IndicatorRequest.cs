using CoeurDeVille.Modules.Biodiversity.Indicators;
using Microsoft.AspNetCore.Http;

namespace CoeurDeVille.Modules.Biodiversity.Publication;

/// <summary>The indicator query shared by the page and the API: filters, periods, scope label; French errors.</summary>
internal static class IndicatorRequest
{
    public static async Task<(BiodiversityIndicators? Indicators, List<string> Errors)> ComputeAsync(
        string code, IQueryCollection query, AtlasPublication publication, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var filter = FilterQuery.Parse(query, await publication.ExtentAsync(code, cancellationToken), errors);
        var (a, b) = FilterQuery.Periods(query, errors);
        if ((a is null) != (b is null) && errors.Count == 0)
        {
            errors.Add("Périodes : donnez periodeA et periodeB ensemble, ou une date de projet.");
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var scope = filter.Zone is not null ? $"territoire {code}, zone dessinée"
            : filter.Communes.Count > 0 ? $"territoire {code}, commune(s) {string.Join(", ", filter.Communes)}"
            : $"territoire {code}";
        var indicators = await publication.IndicatorsAsync(code, scope, filter, a, b, cancellationToken);
        return (indicators, errors);
    }
}
