using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.ClusterRegistry.Domain;

namespace PiedmontSystem.ClusterRegistry.Apis;

/// <summary>
/// The monitoring figures the region reports (DOMAIN.md, "Indicators"), computed from the
/// registry's current state: members per cluster, SME share, cross-cluster members, projects,
/// partners and collaborations. An SME is an organisation whose derived size class is micro,
/// small or medium; one of unknown size counts as a member but not as an SME. Project
/// participations count each lead and partner of each project; project partners count distinct
/// organisations.
/// </summary>
public static class IndicatorsApi
{
    public static RouteHandlerBuilder MapIndicatorsApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/registry/indicators", GetIndicators)
            .WithName(nameof(GetIndicators))
            .WithSummary("Members per cluster, SME share, cross-cluster members, projects, partners, collaborations")
            .WithTags("Indicators")
            .AllowAnonymous();

    public static async Task<Ok<IndicatorsResponse>> GetIndicators([AsParameters] RegistryServices services)
    {
        var db = services.Db;
        var cancellation = services.Cancellation;
        var active = db.Memberships.AsNoTracking().Where(m => m.Status == MembershipStatus.Active);
        var members = active.Join(db.Organisations, m => m.OrganisationId, o => o.Id, (m, o) => new
        {
            m.ClusterId,
            m.OrganisationId,
            Sme = SmeClassification.SmeClasses.Contains(o.SizeClass),
        });
        var clustersPerOrganisation = active.GroupBy(m => m.OrganisationId).Select(g => new { OrganisationId = g.Key, Clusters = g.Count() });

        var perCluster = await members.GroupBy(m => m.ClusterId)
            .Select(g => new { ClusterId = g.Key, Members = g.Count(), Sme = g.Count(m => m.Sme) })
            .ToListAsync(cancellation);
        var crossPerCluster = await active
            .Join(clustersPerOrganisation.Where(p => p.Clusters >= 2), m => m.OrganisationId, p => p.OrganisationId, (m, _) => m.ClusterId)
            .GroupBy(c => c).Select(g => new { ClusterId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.ClusterId, g => g.Count, cancellation);
        var overall = await clustersPerOrganisation
            .Join(db.Organisations, p => p.OrganisationId, o => o.Id, (p, o) => new
            {
                p.Clusters,
                Sme = SmeClassification.SmeClasses.Contains(o.SizeClass),
            })
            .GroupBy(_ => 1)
            .Select(g => new { Members = g.Count(), Sme = g.Count(x => x.Sme), Cross = g.Count(x => x.Clusters >= 2) })
            .SingleOrDefaultAsync(cancellation);   // one group at most (not First: EF would warn of an unordered First)

        var clusters = await db.Clusters.AsNoTracking().Where(c => c.Kind != ClusterKind.Historical).OrderBy(c => c.Code).ToListAsync(cancellation);
        var language = services.Language;
        var clusterIndicators = clusters.Select(c =>
        {
            var figures = perCluster.FirstOrDefault(p => p.ClusterId == c.Id);
            return new ClusterIndicatorsResponse(c.Code, c.Name.In(language), figures?.Members ?? 0, figures?.Sme ?? 0,
                Share(figures?.Sme ?? 0, figures?.Members ?? 0), crossPerCluster.GetValueOrDefault(c.Id));
        }).ToList();

        var projects = await db.Projects.CountAsync(cancellation);
        var funding = await db.Projects.SumAsync(p => (decimal?)p.AmountEur, cancellation) ?? 0m;
        var partners = await db.CountProjectParticipantsAsync(cancellation);
        var participations = projects + await db.Projects.SumAsync(p => p.PartnerOrganisationIds.Count, cancellation);
        var collaborations = await db.Collaborations.CountAsync(cancellation);
        var international = await db.Collaborations.CountAsync(c => c.PartnerCountry != Collaboration.HomeCountry, cancellation);
        var synthetic = await db.Organisations.AnyAsync(o => o.Synthetic, cancellation);

        return TypedResults.Ok(new IndicatorsResponse(
            services.Now, overall?.Members ?? 0, overall?.Sme ?? 0, Share(overall?.Sme ?? 0, overall?.Members ?? 0), overall?.Cross ?? 0,
            clusterIndicators, projects, participations, partners, funding, collaborations, international, collaborations - international, synthetic));
    }

    private static decimal Share(int part, int whole) => whole == 0 ? 0 : Math.Round((decimal)part / whole, 3);
}
