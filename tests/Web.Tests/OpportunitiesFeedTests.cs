using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using Ical.Net;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Contracts;
using PiedmontSystem.ServiceDefaults.Http;
using PiedmontSystem.OrganisationReplica;
using PiedmontSystem.ServiceDefaults.Security;
using PiedmontSystem.Web.Infrastructure;
using PiedmontSystem.Web.Opportunities;
using static PiedmontSystem.Web.Tests.OpportunityEvents;

namespace PiedmontSystem.Web.Tests;

public sealed class OpportunitiesFeedTests(PortalFeedFixture portal) : IClassFixture<PortalFeedFixture>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    private async Task<Page<OpportunityResponse>> ListAsync(string query, HttpClient? client = null)
    {
        var response = await (client ?? portal.Service.CreateClient()).GetAsync("/api/opportunities?" + query);
        return await response.ReadOkAsync<Page<OpportunityResponse>>();
    }

    private Task<Page<OpportunityResponse>> UntilAsync(string query, Func<Page<OpportunityResponse>, bool> done, string what) =>
        Eventually.Until(() => ListAsync(query), done, Wait, what);

    [Fact]
    public async Task PublishedCallBecomesAnOpportunityWithItsCriteriaAndPage()
    {
        var tag = NewTag();
        var call = Call(tag, kinds: ["enterprise", "university"], spis: ["AEROSPACE"]);
        await portal.PublishAsync(call);

        var page = await UntilAsync($"q={tag}", p => p.Items.Count == 1, "the call in the feed");
        var item = page.Items[0];
        Assert.Equal(call.CallId, item.Id);
        Assert.Equal("call", item.Type);
        Assert.Equal("open", item.Status);
        Assert.Equal($"/calls/{call.CallId}", item.Path);
        Assert.Equal(["enterprise", "university"], item.OpenTo.Kinds);
        Assert.Equal(["AEROSPACE"], item.OpenTo.PrioritySystems);
        Assert.Empty(item.OpenTo.Provinces);
        Assert.Equal(call.DeadlineAt, item.DeadlineAt);
        Assert.Null(item.Eligibility);
    }

    [Fact]
    public async Task RedeliveredAndOlderEventsChangeNothing()
    {
        var tag = NewTag();
        var call = Call(tag);
        await portal.PublishAsync(call);
        await UntilAsync($"q={tag}", p => p.Items.Count == 1, "the call");

        var extended = call.DeadlineAt.AddDays(10);
        var amendment = new CallAmended(call.CallId, call.Code, 1, "more time", [], call.OpensAt, extended, 2_000_000m, Now.AddMinutes(-5));
        var messageId = await portal.PublishAsync(amendment);
        await UntilAsync($"q={tag}", p => p.Items[0].DeadlineAt == extended, "the amendment");

        // The same message again (a redelivery), after a newer amendment: the inbox drops it.
        var later = amendment with { AmendmentNumber = 2, DeadlineAt = extended.AddDays(5), OccurredAt = Now.AddMinutes(-1) };
        await portal.PublishAsync(later);
        await UntilAsync($"q={tag}", p => p.Items[0].DeadlineAt == later.DeadlineAt, "the second amendment");
        await portal.PublishAsync(amendment, messageId);
        // An older amendment as a new message: older than what the row shows, so ignored.
        var olderId = await portal.PublishAsync(amendment with { AmendmentNumber = 0, DeadlineAt = extended.AddDays(-20), OccurredAt = Now.AddMinutes(-8) });
        await Eventually.Until(() => portal.Service.QueryAsync<PortalDbContext, bool>(db =>
            db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM inbox_messages WHERE message_id = {olderId}").AnyAsync(n => n == 1)),
            Wait, "the older amendment handled");

        var page = await ListAsync($"q={tag}&type=call");
        var row = Assert.Single(page.Items, i => i.Id == call.CallId);
        Assert.Equal(later.DeadlineAt, row.DeadlineAt);
        Assert.Equal(2_000_000m, row.BudgetEur);
    }

    [Fact]
    public async Task ClosedCallsAndWithdrawnProfilesLeaveTheOpenFeed()
    {
        var tag = NewTag();
        var call = Call(tag);
        var intake = Intake(tag);
        var profile = Profile(tag, Guid.NewGuid());
        await portal.PublishAsync(call);
        await portal.PublishAsync(intake);
        await portal.PublishAsync(profile);
        await UntilAsync($"q={tag}", p => p.Items.Count == 3, "three opportunities");

        await portal.PublishAsync(new CallClosed(call.CallId, call.Code, 3, Now));
        await portal.PublishAsync(new IntakeClosed(intake.IntakeId, intake.Code, 0, "budget exhausted", Now));
        await portal.PublishAsync(new PartneringProfileWithdrawn(profile.ProfileId, profile.Reference, profile.OrganisationId, Now));
        await UntilAsync($"q={tag}", p => p.Items.Count == 0, "all three gone from the open feed");

        var closed = await ListAsync($"q={tag}&status=closed");
        Assert.Equal(new[] { call.CallId, intake.IntakeId }.Order(), closed.Items.Select(i => i.Id).Order());
        Assert.All(closed.Items, i => Assert.Equal("closed", i.Status));
    }

    [Fact]
    public async Task CloseThatOvertakesThePublicationStillCloses()
    {
        var tag = NewTag();
        var call = Call(tag);
        await portal.PublishAsync(new CallClosed(call.CallId, call.Code, 0, Now));
        await portal.PublishAsync(call);
        var page = await UntilAsync($"q={tag}&status=closed", p => p.Items.Count == 1, "the call, closed");
        Assert.Equal($"Call {tag}", page.Items[0].TitleEn);
        Assert.Empty((await ListAsync($"q={tag}")).Items);
    }

    [Fact]
    public async Task AskerFiltersKeepWhatTheSharedRulesAllowAndSayWhyNot()
    {
        var tag = NewTag();
        var forAll = Call(tag, deadlineInDays: 5);
        var universities = Call(tag, deadlineInDays: 6, kinds: ["university"]);
        var startupsInCuneo = Intake(tag, deadlineInDays: 7, innovativeOnly: true, provinces: ["CN"]);
        var smesInTurin = Intake(tag, deadlineInDays: 8, provinces: ["TO"]);
        var health = Session(tag, deadlineInDays: 9, spis: ["HEALTH"]);
        await portal.PublishAsync(forAll);
        await portal.PublishAsync(universities);
        await portal.PublishAsync(startupsInCuneo);
        await portal.PublishAsync(smesInTurin);
        await portal.PublishAsync(health);
        await UntilAsync($"q={tag}", p => p.Items.Count == 5, "five opportunities");

        var enterpriseInTurin = await ListAsync($"q={tag}&kind=enterprise&province=TO&sizeClass=small&innovativeStartup=false&spi=HEALTH");
        Assert.Equal([forAll.CallId, smesInTurin.IntakeId, health.SessionId], enterpriseInTurin.Items.Select(i => i.Id));
        Assert.All(enterpriseInTurin.Items, i => Assert.True(i.Eligibility!.Eligible));

        // For every asker, the filter keeps exactly the opportunities the shared rules find it eligible for.
        var rows = await portal.Service.QueryAsync<PortalDbContext, List<Opportunity>>(db =>
            db.Opportunities.AsNoTracking().Where(o => o.TitleEn.Contains(tag)).ToListAsync());
        var askers = new (string Query, Asker Asker)[]
        {
            ("kind=university&province=CN", new Asker(null, "university", null, null, "CN", null)),
            ("innovativeStartup=false", new Asker(null, null, null, false, null, null)),
            ("sizeClass=large&innovativeStartup=false", new Asker(null, null, "large", false, null, null)),
            ("kind=enterprise&sizeClass=micro&innovativeStartup=true&province=CN&spi=FOOD", new Asker(null, "enterprise", "micro", true, "CN", ["FOOD"])),
        };
        foreach (var (query, asker) in askers)
        {
            var listed = await ListAsync($"q={tag}&{query}");
            var expected = rows.Where(o => asker.Failures(o).Count == 0).OrderBy(o => o.DeadlineAt).Select(o => o.Id);
            Assert.Equal(expected, listed.Items.Select(i => i.Id));
        }
    }

    [Fact]
    public async Task OrganisationUserSeesEligibilityForItsOrganisation()
    {
        var tag = NewTag();
        var organisationId = Guid.NewGuid();
        await portal.PublishAsync(new OrganisationRegistered(organisationId, "Large Ltd " + tag, null, "enterprise", "AL", Now.AddDays(-100).ToUniversalTime(),
            SizeClass: "large", PrioritySystems: ["MOBILITY"]));
        var open = Call(tag, deadlineInDays: 5);
        var smes = Intake(tag, deadlineInDays: 6);
        var session = Session(tag, deadlineInDays: 7, spis: ["HEALTH"]);
        var own = Profile(tag, organisationId);
        await portal.PublishAsync(open);
        await portal.PublishAsync(smes);
        await portal.PublishAsync(session);
        await portal.PublishAsync(own);
        await UntilAsync($"q={tag}", p => p.Items.Count == 4, "four opportunities");
        await Eventually.Until(() => portal.Service.QueryAsync<PortalDbContext, bool>(db =>
            db.Set<ReplicatedOrganisation>().AnyAsync(o => o.OrganisationId == organisationId)), Wait, "the organisation replicated");

        var client = portal.Service.CreateClient().WithToken(Roles.OrganisationUser, organisationId);
        var page = await ListAsync($"q={tag}", client);
        var failed = page.Items.ToDictionary(i => i.Id, i => i.Eligibility!.FailedRules);
        Assert.Empty(failed[open.CallId]);
        Assert.Equal(["startup-or-sme"], failed[smes.IntakeId]);
        Assert.Equal(["startup-or-sme", "priority-systems"], failed[session.SessionId]);
        Assert.Equal(["own-profile"], failed[own.ProfileId]);
    }

    [Fact]
    public async Task PagesWalkEveryOpportunityOnceByDeadline()
    {
        var tag = NewTag();
        var calls = Enumerable.Range(1, 7).Select(d => Call(tag, deadlineInDays: 30 - d)).ToList();
        foreach (var call in calls)
        {
            await portal.PublishAsync(call);
        }
        await UntilAsync($"q={tag}", p => p.Items.Count == 7, "seven calls");

        var seen = new List<Guid>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await ListAsync($"q={tag}&limit=3" + (cursor is null ? "" : $"&cursor={cursor}"));
            Assert.True(page.Items.Count <= 3);
            seen.AddRange(page.Items.Select(i => i.Id));
            cursor = page.NextCursor;
            pages++;
        }
        while (cursor is not null);

        Assert.Equal(3, pages);
        Assert.Equal(calls.OrderBy(c => c.DeadlineAt).Select(c => c.CallId), seen);
    }

    [Theory]
    [InlineData("type=grant", "type")]
    [InlineData("status=pending", "status")]
    [InlineData("kind=company", "kind")]
    [InlineData("sizeClass=huge", "sizeClass")]
    [InlineData("spi=SPACE", "spi")]
    [InlineData("province=MI", "province")]
    [InlineData("innovativeStartup=maybe", "innovativeStartup")]
    [InlineData("cursor=not-a-cursor", "cursor")]
    public async Task BadFilterValueIsAProblemNamingTheParameter(string query, string parameter)
    {
        foreach (var path in (string[])["/api/opportunities", "/api/opportunities/deadlines.ics", "/api/opportunities/feed.atom"])
        {
            if (parameter == "cursor" && path != "/api/opportunities")
            {
                continue;
            }
            var response = await portal.Service.CreateClient().GetAsync($"{path}?{query}");
            var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
            Assert.Contains(parameter, problem.ErrorFields());
        }
    }

    [Fact]
    public async Task DeadlinesCalendarHasOneEventPerDeadlineWithStableUids()
    {
        var tag = NewTag();
        var call = Call(tag, deadlineInDays: 12);
        var session = Session(tag, deadlineInDays: 4);
        await portal.PublishAsync(call);
        await portal.PublishAsync(session);
        await UntilAsync($"q={tag}", p => p.Items.Count == 2, "two opportunities");

        var client = portal.Service.CreateClient();
        var first = await client.GetAsync($"/api/opportunities/deadlines.ics?q={tag}");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("text/calendar", first.Content.Headers.ContentType!.MediaType);
        var calendar = Calendar.Load(await first.Content.ReadAsStringAsync())!;
        var events = calendar.Events.ToList();
        Assert.Equal(2, events.Count);
        Assert.Equal(session.RegistrationDeadline.UtcDateTime, events[0].DtStart!.AsUtc, TimeSpan.FromSeconds(1));
        Assert.Equal(call.DeadlineAt.UtcDateTime, events[1].DtStart!.AsUtc, TimeSpan.FromSeconds(1));
        Assert.EndsWith($"/calls/{call.CallId}", events[1].Url!.ToString());

        var again = Calendar.Load(await client.GetStringAsync($"/api/opportunities/deadlines.ics?q={tag}"))!;
        Assert.Equal(events.Select(e => e.Uid), again.Events.Select(e => e.Uid));
        Assert.Equal(2, events.Select(e => e.Uid).Distinct().Count());
    }

    [Fact]
    public async Task AtomFeedListsNewestFirstInTheAskedLanguage()
    {
        var tag = NewTag();
        var older = Call(tag, occurredAt: Now.AddHours(-2));
        var newer = Call(tag, occurredAt: Now.AddHours(-1));
        await portal.PublishAsync(older);
        await portal.PublishAsync(newer);
        await UntilAsync($"q={tag}", p => p.Items.Count == 2, "two calls");

        var client = portal.Service.CreateClient();
        var italian = await ReadFeedAsync(client, $"/api/opportunities/feed.atom?q={tag}&lang=it");
        Assert.Equal("it", italian.Language);
        Assert.Equal([$"urn:uuid:{newer.CallId}", $"urn:uuid:{older.CallId}"], italian.Items.Select(i => i.Id));
        Assert.Equal($"Bando {tag}", italian.Items.First().Title.Text);

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/opportunities/feed.atom?q={tag}");
        request.Headers.AcceptLanguage.ParseAdd("en-GB");
        var response = await client.SendAsync(request);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        var english = SyndicationFeed.Load(reader);
        Assert.Equal("en", english.Language);
        Assert.Equal($"Call {tag}", english.Items.First().Title.Text);
        Assert.Equal(italian.Items.Select(i => i.Id), english.Items.Select(i => i.Id));
        Assert.EndsWith($"/calls/{newer.CallId}", english.Items.First().Links[0].Uri.ToString());
    }

    private static async Task<SyndicationFeed> ReadFeedAsync(HttpClient client, string path)
    {
        using var reader = XmlReader.Create(await client.GetStreamAsync(path));
        return SyndicationFeed.Load(reader);
    }
}
