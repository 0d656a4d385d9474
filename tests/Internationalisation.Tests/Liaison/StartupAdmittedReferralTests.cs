using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Contracts;
using PiedmontSystem.Internationalisation.Infrastructure;
using PiedmontSystem.Messaging.Inbox;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.Internationalisation.Tests.Liaison;

public class StartupAdmittedReferralTests(InternationalisationFixture fixture) : IClassFixture<InternationalisationFixture>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);
    private readonly LiaisonApi _api = new(fixture);

    private static StartupAdmitted Admitted(Guid organisation, bool consent, params string[] countries) => new(
        Guid.NewGuid(), Guid.NewGuid(), "BA-2027", organisation, "Start-up srl", "GREEN_TECH", "mvp", consent, countries,
        consent ? "Compositi riciclati per l'automotive" : null, null, false, DateTimeOffset.UtcNow);

    [Fact]
    public async Task AdmissionWithConsentOpensExactlyOneRequestEvenWhenPublishedTwice()
    {
        var organisation = await _api.OrganisationAsync();
        var admitted = Admitted(organisation, true, "DE", "FR");
        var first = NewId.NextGuid();
        var second = NewId.NextGuid();

        await _api.Bus.Publish(admitted, c => c.MessageId = first);
        await _api.Bus.Publish(admitted, c => c.MessageId = second);
        await _api.Bus.Publish(admitted, c => c.MessageId = first);
        await Eventually.Until(() => fixture.Service.QueryAsync<InternationalisationDbContext, bool>(async db =>
            await db.Set<InboxMessage>().CountAsync(m => (m.MessageId == first || m.MessageId == second) && m.Consumer == "StartupAdmittedConsumer") == 2),
            Timeout, "both admissions handled");

        Assert.Equal(1, await _api.RequestsOfAsync(organisation));
        var page = await (await _api.User(organisation).GetAsync(LiaisonApi.Requests)).ReadOkAsync<JsonElement>();
        var request = page.GetProperty("items")[0];
        Assert.Equal("accelerator", request.GetProperty("source").GetString());
        Assert.Equal("BA-2027", request.GetProperty("referralReference").GetString());
        Assert.Equal("foreign-market-entry", request.GetProperty("kind").GetString());
        Assert.Equal(["DE", "FR"], request.GetProperty("targetCountries").EnumerateArray().Select(c => c.GetString()!).ToArray());
        Assert.Equal(["liaison-request-opened"], await _api.EventsMentioningAsync(LiaisonApi.Id(request).ToString()));
    }

    [Fact]
    public async Task AdmissionWithoutConsentOrCountriesOpensNothing()
    {
        var organisation = await _api.OrganisationAsync();
        var withoutConsent = NewId.NextGuid();
        var withoutCountries = NewId.NextGuid();

        await _api.Bus.Publish(Admitted(organisation, false), c => c.MessageId = withoutConsent);
        await _api.Bus.Publish(Admitted(organisation, true), c => c.MessageId = withoutCountries);
        await Eventually.Until(() => fixture.Service.QueryAsync<InternationalisationDbContext, bool>(async db =>
            await db.Set<InboxMessage>().CountAsync(m => m.MessageId == withoutConsent || m.MessageId == withoutCountries) == 2),
            Timeout, "both admissions handled");

        Assert.Equal(0, await _api.RequestsOfAsync(organisation));
    }
}
