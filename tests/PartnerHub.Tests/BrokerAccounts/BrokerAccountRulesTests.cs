using System.Text.RegularExpressions;
using PiedmontSystem.Messaging.Catalogue;
using PiedmontSystem.PartnerHub.Domain.BrokerAccounts;

namespace PiedmontSystem.PartnerHub.Tests.BrokerAccounts;

/// <summary>The permissions a partner's broker user gets, checked against every exchange of the catalogue.</summary>
public class BrokerAccountRulesTests
{
    [Fact]
    public void EveryCataloguedExchangeIsReadableWithItsOwnAreaAndNoOther()
    {
        foreach (var entry in EventCatalogue.All)
        {
            foreach (var area in EventCatalogue.Areas)
            {
                var read = BrokerAccountRules.PermissionsOf("crm", [area]).Read;
                Assert.True(Regex.IsMatch(entry.Exchange, read) == (area == entry.Area), $"{entry.Exchange} against the read permission of area {area}: {read}");
            }
        }
    }

    [Fact]
    public void APartnerConfiguresAndWritesOnlyResourcesNamedAfterItsUser()
    {
        var permissions = BrokerAccountRules.PermissionsOf("partner-1a2b", ["registry"]);

        Assert.Equal(@"^partner\.partner-1a2b\..*$", permissions.Configure);
        Assert.Equal(permissions.Configure, permissions.Write);
        Assert.Equal(@"^(partner\.partner-1a2b\..*|piedmont\.registry\..*)$", permissions.Read);
        Assert.Matches(permissions.Write, "partner.partner-1a2b.organisations");
        foreach (var other in new[] { "partner.partner-1a2b", "partner.partner-1a2bc.queue", "partner.partner-1a2b-x.queue", "piedmont.registry.organisation-registered.v1", "partner-hub-organisation-registered" })
        {
            Assert.DoesNotMatch(permissions.Write, other);
        }
    }

    [Theory]
    [InlineData("partner-1a2b3c4d5e6f", true)]
    [InlineData("piedmont-dev-partner", true)]
    [InlineData("crm", true)]
    [InlineData("Partner-CRM", false)]
    [InlineData("crm.eu", false)]
    [InlineData("-crm", false)]
    [InlineData("crm-", false)]
    [InlineData("", false)]
    public void APartnerIdIsAClientIdWithoutDots(string partnerId, bool valid) =>
        Assert.Equal(valid, BrokerAccountRules.PartnerIdFormat().IsMatch(partnerId));
}
