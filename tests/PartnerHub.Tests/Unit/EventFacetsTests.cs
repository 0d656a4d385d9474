using System.Text.Json;
using PiedmontSystem.PartnerHub.Domain.Events;
using PiedmontSystem.PartnerHub.Domain.Webhooks;

namespace PiedmontSystem.PartnerHub.Tests.Unit;

public class EventFacetsTests
{
    private static EventFacets Facets(string type, string json) => EventFacets.Of(type, JsonDocument.Parse(json).RootElement);

    [Fact]
    public void Clusters_calls_and_priority_systems_are_read_from_the_fields_the_contracts_name_them_by()
    {
        var grant = Facets("funding.grant-awarded.v1", """{"callCode":"PRFESR-2026-RD-01","clusterCodes":["MESAP","CLEVER"],"prioritySystems":null}""");
        Assert.Equal(["MESAP", "CLEVER"], grant.ClusterCodes);
        Assert.Equal(["PRFESR-2026-RD-01"], grant.CallCodes);
        Assert.Empty(grant.PrioritySystems);

        var call = Facets("funding.call-published.v1", """{"code":"PRFESR-2026-RD-02","eligiblePrioritySystems":["HEALTH","FOOD"]}""");
        Assert.Equal(["PRFESR-2026-RD-02"], call.CallCodes);
        Assert.Equal(["HEALTH", "FOOD"], call.PrioritySystems);

        var cluster = Facets("registry.cluster-updated.v1", """{"code":"MESAP","prioritySystems":["MANUFACTURING"]}""");
        Assert.Equal(["MESAP"], cluster.ClusterCodes);

        var application = Facets("accelerator.application-submitted.v1", """{"intakeCode":"BA-2026","prioritySystem":"HEALTH"}""");
        Assert.Equal(["HEALTH"], application.PrioritySystems);
        Assert.Empty(application.CallCodes);
    }

    [Fact]
    public void A_filter_matches_when_every_filter_given_names_one_of_the_event_s_values()
    {
        var filter = new WebhookFilter(["funding.grant-awarded.v1"], ["MESAP"], [], ["HEALTH"]);

        Assert.True(filter.Matches("funding.grant-awarded.v1", new EventFacets(["mesap"], [], ["HEALTH", "FOOD"])));
        Assert.False(filter.Matches("funding.grant-awarded.v1", new EventFacets(["CLEVER"], [], ["HEALTH"])));
        Assert.False(filter.Matches("funding.grant-awarded.v1", new EventFacets(["MESAP"], [], [])));
        Assert.False(filter.Matches("funding.call-opened.v1", new EventFacets(["MESAP"], [], ["HEALTH"])));
        Assert.True(new WebhookFilter(["funding.call-opened.v1"], [], [], []).Matches("funding.call-opened.v1", EventFacets.None));
    }
}
