using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using PiedmontSystem.ServiceDefaults.Security;
using PiedmontSystem.Web.Api;
using PiedmontSystem.Web.Indicators;

namespace PiedmontSystem.Web.UnitTests;

public sealed class IndicatorsReaderTests
{
    private const string Registry = """
        {"generatedAt":"2026-11-25T10:00:00+01:00","memberOrganisations":5,"smeMembers":4,"smeShare":0.8,"crossClusterMembers":1,
         "clusters":[{"code":"CLEVER","name":"Energia","members":4,"smeMembers":3,"smeShare":0.75,"crossClusterMembers":1},
                     {"code":"ICT","name":"ICT","members":2,"smeMembers":2,"smeShare":1,"crossClusterMembers":1}],
         "projects":2,"projectParticipations":5,"projectPartners":4,"projectFundingEur":300000,"collaborations":3,
         "internationalCollaborations":2,"interRegionalCollaborations":1,"includesSyntheticData":false}
        """;

    private const string Programmes = """
        {"items":[{"id":"6f1c8f5e-4a52-4d5b-9f0a-0c3f7f3a1a11","code":"PR-FESR-2127","name":"PR FESR","fund":"ERDF","firstYear":2021,"lastYear":2027,
                   "budgetEur":12500000,"euCofinancingRate":0.5,"allocatedToCallsEur":3000000}],"nextCursor":null}
        """;

    private const string CallsPage1 = """
        {"items":[{"code":"C1","programmeCode":"PR-FESR-2127","status":"open","budgetEur":1000000,"committedEur":0}],"nextCursor":"next"}
        """;

    private const string CallsPage2 = """
        {"items":[{"code":"C2","programmeCode":"PR-FESR-2127","status":"awarded","budgetEur":2000000,"committedEur":150000.03}],"nextCursor":null}
        """;

    private const string Internationalisation = """
        {"year":null,"liaison":{"requests":3,"requestsByOutcome":{"achieved":2,"open":1},"medianWorkingDaysToClosure":4.5,"introductions":1,"introductionsByOutcome":{"meeting-held":1}},
         "events":{"participants":7},"collaborations":{"total":3,"international":2,"interRegional":1,"byCountry":{"FR":2,"IT":1}}}
        """;

    private sealed class FakeGateway(Func<string, HttpResponseMessage> answer) : HttpMessageHandler
    {
        public List<string> Asked { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (Asked)
            {
                Asked.Add(request.RequestUri!.PathAndQuery);
            }
            return Task.FromResult(answer(request.RequestUri!.PathAndQuery));
        }
    }

    private static HttpResponseMessage Json(string body) => new(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    private static HttpResponseMessage Answer(string path) => path switch
    {
        _ when path.StartsWith("/api/registry/indicators", StringComparison.Ordinal) => Json(Registry),
        _ when path.StartsWith("/api/funding/programmes", StringComparison.Ordinal) => Json(Programmes),
        _ when path.StartsWith("/api/funding/calls", StringComparison.Ordinal) => Json(path.Contains("cursor=next", StringComparison.Ordinal) ? CallsPage2 : CallsPage1),
        _ when path.StartsWith("/api/internationalisation/indicators", StringComparison.Ordinal) => Json(Internationalisation),
        // The accelerator does not answer: the gateway says so.
        _ => new HttpResponseMessage(HttpStatusCode.BadGateway) { Content = new StringContent("""{"title":"Bad gateway","status":502}""", Encoding.UTF8, "application/problem+json") },
    };

    private static (IndicatorsReader Reader, FakeGateway Gateway) Reader()
    {
        var gateway = new FakeGateway(Answer);
        var client = new GatewayClient(new HttpClient(gateway) { BaseAddress = new Uri("http://gateway.test/") }, new HttpContextAccessor());
        return (new IndicatorsReader(client), gateway);
    }

    [Fact]
    public async Task AServiceThatDoesNotAnswerLeavesItsFiguresUnavailableAndTheRestShown()
    {
        Cultures.In("en");
        var (reader, _) = Reader();

        var areas = await reader.ReadAsync(CurrentUser.Anonymous, CancellationToken.None);

        var figures = areas.SelectMany(a => a.Figures).ToDictionary(f => f.Id);
        Assert.Equal(FigureState.Unavailable, figures[AcceleratorArea.ResultsFigure].State);
        Assert.Equal(FigureState.Unavailable, figures[AcceleratorArea.ContractsFigure].State);
        Assert.All(new[] { RegistryArea.ClustersFigure, FundingArea.CallsFigure, FundingArea.GrantsFigure, InternationalisationArea.RequestsFigure,
            InternationalisationArea.IntroductionsFigure, InternationalisationArea.CollaborationsFigure },
            id => Assert.Equal(FigureState.Shown, figures[id].State));
        Assert.Equal(IndicatorsReader.AreaIds, areas.Select(a => a.Id));
    }

    [Fact]
    public async Task AVisitorIsAskedToSignInForTheProposalsAndTheirListIsNeverAskedFor()
    {
        var (reader, gateway) = Reader();

        var funding = await reader.ReadAreaAsync(FundingArea.Id, CurrentUser.Anonymous, CancellationToken.None);

        Assert.Equal(FigureState.SignInRequired, funding.Figures.Single(f => f.Id == FundingArea.ProposalsFigure).State);
        Assert.DoesNotContain(gateway.Asked, path => path.StartsWith("/api/funding/proposals", StringComparison.Ordinal));
    }

    [Fact]
    public void APersonWithoutTheOfficersRoleIsToldTheProposalsAreTheirsAndAnOfficerSeesThem()
    {
        var organisationUser = new CurrentUser("u1", new HashSet<string> { Roles.OrganisationUser }, Guid.NewGuid(), null);
        var officer = new CurrentUser("u2", new HashSet<string> { Roles.RegionalOfficer }, null, null);

        Assert.Equal(FigureState.RoleRequired, IndicatorsReader.ProposalsState(organisationUser));
        Assert.Equal(FigureState.Shown, IndicatorsReader.ProposalsState(officer));
    }

    [Fact]
    public async Task CallsAreCountedOverEveryPageAndTheEuShareFollowsTheProgrammesRate()
    {
        Cultures.In("en");
        var (reader, gateway) = Reader();

        var funding = await reader.ReadAreaAsync(FundingArea.Id, CurrentUser.Anonymous, CancellationToken.None);

        Assert.Contains(gateway.Asked, path => path.Contains("cursor=next", StringComparison.Ordinal));
        var calls = funding.Figures.Single(f => f.Id == FundingArea.CallsFigure).Table!;
        Assert.Equal(1, calls.Rows.Single(r => (string?)r[0] == "Open")[1]);
        Assert.Equal(1, calls.Rows.Single(r => (string?)r[0] == "Awarded")[1]);
        var grants = funding.Figures.Single(f => f.Id == FundingArea.GrantsFigure).Table!;
        var programme = grants.Rows.Single();
        Assert.Equal(150_000.03m, programme[3]);
        Assert.Equal(75_000.01m, programme[5]);   // half, rounded down to the cent as the funding service rounds a grant's EU share
        Assert.Equal(75_000.02m, programme[6]);
    }

    [Fact]
    public async Task TheRegistrysFiguresBecomeAStackedChartOfSmesAndOthersWithItsTable()
    {
        Cultures.In("it");
        var (reader, _) = Reader();

        var registry = await reader.ReadAreaAsync(RegistryArea.Id, CurrentUser.Anonymous, CancellationToken.None);

        var clusters = registry.Figures.Single();
        Assert.Contains("PMI", clusters.Svg, StringComparison.Ordinal);
        Assert.Contains("CLEVER", clusters.Svg, StringComparison.Ordinal);
        Assert.Equal(["CLEVER – Energia", 4, 3, 75m, 1], clusters.Table!.Rows[0]);
        Assert.Contains(registry.KeyFigures, k => k.Value == "80,0 %");
    }

    [Fact]
    public async Task CollaborationsAreListedByCountryMostFrequentFirstWithTheirNames()
    {
        Cultures.In("it");
        var (reader, _) = Reader();

        var area = await reader.ReadAreaAsync(InternationalisationArea.Id, CurrentUser.Anonymous, CancellationToken.None);

        var collaborations = area.Figures.Single(f => f.Id == InternationalisationArea.CollaborationsFigure).Table!;
        Assert.Equal(["Francia", "FR", 2], collaborations.Rows[0]);
        Assert.Equal(["Italia", "IT", 1], collaborations.Rows[1]);
        Assert.Equal("Paese,Codice ISO,Collaborazioni\r\nFrancia,FR,2\r\nItalia,IT,1\r\n", collaborations.ToCsv());
    }

    [Theory]
    [InlineData("clusters", "registry")]
    [InlineData("proposals", "funding")]
    [InlineData("meet-the-corporates", "accelerator")]
    [InlineData("collaborations", "internationalisation")]
    [InlineData("nothing", null)]
    public void EachFigureBelongsToItsServicesArea(string figure, string? area) =>
        Assert.Equal(area, IndicatorsReader.AreaOf(figure));
}
