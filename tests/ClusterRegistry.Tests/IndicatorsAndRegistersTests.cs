using System.Net;
using System.Text.Json;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using PiedmontSystem.Contracts;
using PiedmontSystem.ServiceDefaults.Security;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.ClusterRegistry.Tests;

/// <summary>Indicators and the two registers; one class, so its own database holds only what it makes.</summary>
public class IndicatorsAndRegistersTests(RegistryFixture registry) : IClassFixture<RegistryFixture>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);
    private readonly RegistryApi _api = registry.Api;

    [Fact]
    public async Task IndicatorsFollowMembershipsSmesAndCrossClusterMembers()
    {
        var before = await IndicatorsAsync();

        await _api.MemberOfAsync("CLEVER", "ICT"); // size unknown: a member, not an SME
        await _api.ApproveAsync(await _api.RequestMembershipAsync((await _api.RegisterAsync(RegistryApi.Profile(headcount: 5, turnoverEur: 100_000m))).Id, "CLEVER"));

        var after = await IndicatorsAsync();
        Assert.Equal(Members(before, "CLEVER") + 2, Members(after, "CLEVER"));
        Assert.Equal(Members(before, "ICT") + 1, Members(after, "ICT"));
        Assert.Equal(before.GetProperty("memberOrganisations").GetInt32() + 2, after.GetProperty("memberOrganisations").GetInt32());
        Assert.Equal(before.GetProperty("smeMembers").GetInt32() + 1, after.GetProperty("smeMembers").GetInt32());
        Assert.Equal(before.GetProperty("crossClusterMembers").GetInt32() + 1, after.GetProperty("crossClusterMembers").GetInt32());
    }

    [Fact]
    public async Task AwardedGrantIsRecordedOnceInTheProjectsRegister()
    {
        var lead = await _api.MemberOfAsync("MESAP");
        var partner = await _api.RegisterAsync();
        var grant = new GrantAwarded(Guid.NewGuid(), Guid.NewGuid(), "PRFESR-TEST-01", "Cobot welding cell", lead.Id, [partner.Id], ["MESAP"], 400_000m, 200_000m, 200_000m, DateTimeOffset.UtcNow);
        var before = await IndicatorsAsync();

        var messageId = NewId.NextGuid();
        await PublishAsync(grant, messageId);
        await PublishAsync(grant, messageId);

        var projects = await Eventually.Until(
            async () => await RegistryApi.JsonAsync(await _api.Anonymous().GetAsync("/api/registry/projects?cluster=MESAP")),
            page => page.GetProperty("items").EnumerateArray().Any(p => p.GetProperty("title").GetString() == "Cobot welding cell"),
            Timeout, "the project in the register");
        var project = Assert.Single(projects.GetProperty("items").EnumerateArray(), p => p.GetProperty("title").GetString() == "Cobot welding cell");
        Assert.Equal(400_000m, project.GetProperty("amountEur").GetDecimal());
        Assert.Equal(["MESAP"], project.GetProperty("clusterCodes").EnumerateArray().Select(c => c.GetString()));
        var after = await IndicatorsAsync();
        Assert.Equal(before.GetProperty("projects").GetInt32() + 1, after.GetProperty("projects").GetInt32());
        Assert.Equal(before.GetProperty("projectParticipations").GetInt32() + 2, after.GetProperty("projectParticipations").GetInt32());
    }

    [Fact]
    public async Task RecordedCollaborationCountsAsInternationalOrInterRegional()
    {
        var before = await IndicatorsAsync();

        await PublishAsync(new CollaborationRecorded(Guid.NewGuid(), "CGREEN", "mou", "Alpine plastics MoU", "Plastipolis", "Auvergne-Rhône-Alpes", "FR", new DateOnly(2026, 3, 1), DateTimeOffset.UtcNow), NewId.NextGuid());
        await PublishAsync(new CollaborationRecorded(Guid.NewGuid(), "CGREEN", "joint-call", "Po valley joint call", "Cluster Lombardo", "Lombardia", "IT", null, DateTimeOffset.UtcNow), NewId.NextGuid());

        var after = await Eventually.Until(IndicatorsAsync, i => i.GetProperty("collaborations").GetInt32() == before.GetProperty("collaborations").GetInt32() + 2, Timeout, "both collaborations");
        Assert.Equal(before.GetProperty("internationalCollaborations").GetInt32() + 1, after.GetProperty("internationalCollaborations").GetInt32());
        Assert.Equal(before.GetProperty("interRegionalCollaborations").GetInt32() + 1, after.GetProperty("interRegionalCollaborations").GetInt32());
        var french = await RegistryApi.JsonAsync(await _api.Anonymous().GetAsync("/api/registry/collaborations?country=fr&kind=mou"));
        Assert.Contains(french.GetProperty("items").EnumerateArray(), c => c.GetProperty("title").GetString() == "Alpine plastics MoU" && c.GetProperty("international").GetBoolean());
    }

    [Fact]
    public async Task AuditTrailIsForRegionalOfficersOnly()
    {
        var organisation = await _api.RegisterAsync();
        var path = $"/api/registry/audit?entityType=organisation&entityId={organisation.Id}";

        var officer = await _api.Officer().GetAsync(path);
        var owner = await _api.OrganisationUser(organisation.Id).GetAsync(path);
        var anonymous = await _api.Anonymous().GetAsync(path);

        var trail = await RegistryApi.JsonAsync(officer);
        var entry = Assert.Single(trail.GetProperty("items").EnumerateArray());
        Assert.Equal("organisation.registered", entry.GetProperty("action").GetString());
        Assert.Contains(Roles.OrganisationUser, entry.GetProperty("actor").GetString(), StringComparison.Ordinal);
        await owner.ReadProblemAsync(HttpStatusCode.Forbidden);
        await anonymous.ReadProblemAsync(HttpStatusCode.Unauthorized);
    }

    private async Task<JsonElement> IndicatorsAsync() => await RegistryApi.JsonAsync(await _api.Anonymous().GetAsync("/api/registry/indicators"));

    private static int Members(JsonElement indicators, string code) =>
        indicators.GetProperty("clusters").EnumerateArray().Single(c => c.GetProperty("code").GetString() == code).GetProperty("members").GetInt32();

    private Task PublishAsync<T>(T message, Guid messageId) where T : class =>
        _api.Service.Services.GetRequiredService<IBus>().Publish(message, context => context.MessageId = messageId);
}
