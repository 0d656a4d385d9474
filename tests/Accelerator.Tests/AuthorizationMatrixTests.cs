using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Accelerator.Infrastructure;
using PiedmontSystem.Messaging.Outbox;
using PiedmontSystem.RequestHandling.Auditing;
using PiedmontSystem.ServiceDefaults.Security;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.Accelerator.Tests;

/// <summary>
/// Every protected endpoint of the Business Accelerator, called by the anonymous, by another
/// organisation's users, by the applicant's own users where the endpoint is not theirs, and by roles
/// it is not for: refused with problem details (401 anonymous, 403 wrong role by policy, 404 where
/// an application's, report's or draft's existence is private), and nothing it aims at changes.
/// The allowed callers are tested with each feature. Public reads (programmes, published intakes,
/// indicators) refuse nobody; the lists that every signed-in user may call are checked to show a
/// caller nothing of another organisation's.
/// </summary>
public class AuthorizationMatrixTests(AcceleratorFixture fixture) : IClassFixture<AcceleratorFixture>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    private readonly AcceleratorApi _api = fixture.Api;

    public enum Caller
    {
        Anonymous,

        /// <summary>A user of the applicant organisation.</summary>
        OwnOrganisation,

        /// <summary>A user of an organisation with nothing to do with the application.</summary>
        OtherOrganisation,

        /// <summary>A user of the organisation that delivers the intake's services.</summary>
        Provider,
        ClusterManager,

        /// <summary>A registered reviewer who is not assigned to the application.</summary>
        Evaluator,
        RegionalOfficer,
        AcceleratorManager,
    }

    /// <summary>How far the application has gone: each endpoint is called where its allowed caller would succeed.</summary>
    public enum Stage
    {
        /// <summary>A draft application to an open intake (and a draft intake beside it).</summary>
        Draft,

        /// <summary>The intake closed, the application screened eligible, its interview set, a reviewer assigned.</summary>
        Selection,

        /// <summary>The application admitted to the cohort.</summary>
        Cohort,

        /// <summary>The start-up completed over a year ago; its first alumni report requested.</summary>
        Alumni,
    }

    public static TheoryData<string, string, Stage, Caller, HttpStatusCode> Refusals => new()
    {
        // Programmes
        { "POST", "/api/accelerator/programmes", Stage.Draft, Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "POST", "/api/accelerator/programmes", Stage.Draft, Caller.OwnOrganisation, HttpStatusCode.Forbidden },
        { "POST", "/api/accelerator/programmes", Stage.Draft, Caller.ClusterManager, HttpStatusCode.Forbidden },
        { "POST", "/api/accelerator/programmes", Stage.Draft, Caller.Evaluator, HttpStatusCode.Forbidden },
        { "POST", "/api/accelerator/programmes", Stage.Draft, Caller.RegionalOfficer, HttpStatusCode.Forbidden },

        // Intakes: drafts are the managers' working papers
        { "GET", "/api/accelerator/intakes/{draftIntake}", Stage.Draft, Caller.Anonymous, HttpStatusCode.NotFound },
        { "GET", "/api/accelerator/intakes/{draftIntake}", Stage.Draft, Caller.OwnOrganisation, HttpStatusCode.NotFound },
        { "GET", "/api/accelerator/intakes/{draftIntake}", Stage.Draft, Caller.Provider, HttpStatusCode.NotFound },
        { "GET", "/api/accelerator/intakes/{draftIntake}", Stage.Draft, Caller.ClusterManager, HttpStatusCode.NotFound },
        { "GET", "/api/accelerator/intakes/{draftIntake}", Stage.Draft, Caller.Evaluator, HttpStatusCode.NotFound },
        { "GET", "/api/accelerator/intakes/{draftIntake}", Stage.Draft, Caller.RegionalOfficer, HttpStatusCode.NotFound },
        { "POST", "/api/accelerator/intakes", Stage.Draft, Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "POST", "/api/accelerator/intakes", Stage.Draft, Caller.OwnOrganisation, HttpStatusCode.Forbidden },
        { "POST", "/api/accelerator/intakes", Stage.Draft, Caller.Provider, HttpStatusCode.Forbidden },
        { "POST", "/api/accelerator/intakes", Stage.Draft, Caller.ClusterManager, HttpStatusCode.Forbidden },
        { "POST", "/api/accelerator/intakes", Stage.Draft, Caller.Evaluator, HttpStatusCode.Forbidden },
        { "POST", "/api/accelerator/intakes", Stage.Draft, Caller.RegionalOfficer, HttpStatusCode.Forbidden },
        { "PUT", "/api/accelerator/intakes/{draftIntake}", Stage.Draft, Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "PUT", "/api/accelerator/intakes/{draftIntake}", Stage.Draft, Caller.Provider, HttpStatusCode.Forbidden },
        { "PUT", "/api/accelerator/intakes/{draftIntake}", Stage.Draft, Caller.ClusterManager, HttpStatusCode.Forbidden },
        { "PUT", "/api/accelerator/intakes/{draftIntake}", Stage.Draft, Caller.Evaluator, HttpStatusCode.Forbidden },
        { "PUT", "/api/accelerator/intakes/{draftIntake}", Stage.Draft, Caller.RegionalOfficer, HttpStatusCode.Forbidden },
        { "POST", "/api/accelerator/intakes/{draftIntake}/publish", Stage.Draft, Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "POST", "/api/accelerator/intakes/{draftIntake}/publish", Stage.Draft, Caller.OwnOrganisation, HttpStatusCode.Forbidden },
        { "POST", "/api/accelerator/intakes/{draftIntake}/publish", Stage.Draft, Caller.ClusterManager, HttpStatusCode.Forbidden },
        { "POST", "/api/accelerator/intakes/{draftIntake}/publish", Stage.Draft, Caller.Evaluator, HttpStatusCode.Forbidden },
        { "POST", "/api/accelerator/intakes/{draftIntake}/publish", Stage.Draft, Caller.RegionalOfficer, HttpStatusCode.Forbidden },
        { "POST", "/api/accelerator/intakes/{intake}/amendments", Stage.Draft, Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "POST", "/api/accelerator/intakes/{intake}/amendments", Stage.Draft, Caller.OwnOrganisation, HttpStatusCode.Forbidden },
        { "POST", "/api/accelerator/intakes/{intake}/amendments", Stage.Draft, Caller.Provider, HttpStatusCode.Forbidden },
        { "POST", "/api/accelerator/intakes/{intake}/amendments", Stage.Draft, Caller.ClusterManager, HttpStatusCode.Forbidden },
        { "POST", "/api/accelerator/intakes/{intake}/amendments", Stage.Draft, Caller.Evaluator, HttpStatusCode.Forbidden },
        { "POST", "/api/accelerator/intakes/{intake}/amendments", Stage.Draft, Caller.RegionalOfficer, HttpStatusCode.Forbidden },
        { "POST", "/api/accelerator/intakes/{intake}/close", Stage.Draft, Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "POST", "/api/accelerator/intakes/{intake}/close", Stage.Draft, Caller.OwnOrganisation, HttpStatusCode.Forbidden },
        { "POST", "/api/accelerator/intakes/{intake}/close", Stage.Draft, Caller.Provider, HttpStatusCode.Forbidden },
        { "POST", "/api/accelerator/intakes/{intake}/close", Stage.Draft, Caller.ClusterManager, HttpStatusCode.Forbidden },
        { "POST", "/api/accelerator/intakes/{intake}/close", Stage.Draft, Caller.Evaluator, HttpStatusCode.Forbidden },
        { "POST", "/api/accelerator/intakes/{intake}/close", Stage.Draft, Caller.RegionalOfficer, HttpStatusCode.Forbidden },

        // Applications: an organisation's users apply; only they, the assigned reviewers and managers read one
        { "POST", "/api/accelerator/intakes/{intake}/applications", Stage.Draft, Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "POST", "/api/accelerator/intakes/{intake}/applications", Stage.Draft, Caller.ClusterManager, HttpStatusCode.Forbidden },
        { "POST", "/api/accelerator/intakes/{intake}/applications", Stage.Draft, Caller.Evaluator, HttpStatusCode.Forbidden },
        { "POST", "/api/accelerator/intakes/{intake}/applications", Stage.Draft, Caller.RegionalOfficer, HttpStatusCode.Forbidden },
        { "POST", "/api/accelerator/intakes/{intake}/applications", Stage.Draft, Caller.AcceleratorManager, HttpStatusCode.Forbidden },
        { "GET", "/api/accelerator/applications", Stage.Draft, Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "GET", "/api/accelerator/applications/{application}", Stage.Draft, Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "GET", "/api/accelerator/applications/{application}", Stage.Draft, Caller.OtherOrganisation, HttpStatusCode.NotFound },
        { "GET", "/api/accelerator/applications/{application}", Stage.Draft, Caller.Provider, HttpStatusCode.NotFound },
        { "GET", "/api/accelerator/applications/{application}", Stage.Draft, Caller.ClusterManager, HttpStatusCode.NotFound },
        { "GET", "/api/accelerator/applications/{application}", Stage.Draft, Caller.RegionalOfficer, HttpStatusCode.NotFound },
        { "GET", "/api/accelerator/applications/{application}", Stage.Selection, Caller.Evaluator, HttpStatusCode.NotFound },
        { "PUT", "/api/accelerator/applications/{application}", Stage.Draft, Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "PUT", "/api/accelerator/applications/{application}", Stage.Draft, Caller.OtherOrganisation, HttpStatusCode.NotFound },
        { "PUT", "/api/accelerator/applications/{application}", Stage.Draft, Caller.Provider, HttpStatusCode.NotFound },
        { "PUT", "/api/accelerator/applications/{application}", Stage.Draft, Caller.ClusterManager, HttpStatusCode.Forbidden },
        { "PUT", "/api/accelerator/applications/{application}", Stage.Draft, Caller.Evaluator, HttpStatusCode.Forbidden },
        { "PUT", "/api/accelerator/applications/{application}", Stage.Draft, Caller.RegionalOfficer, HttpStatusCode.Forbidden },
        { "PUT", "/api/accelerator/applications/{application}", Stage.Draft, Caller.AcceleratorManager, HttpStatusCode.Forbidden },
        { "POST", "/api/accelerator/applications/{application}/submit", Stage.Draft, Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "POST", "/api/accelerator/applications/{application}/submit", Stage.Draft, Caller.OtherOrganisation, HttpStatusCode.NotFound },
        { "POST", "/api/accelerator/applications/{application}/submit", Stage.Draft, Caller.Provider, HttpStatusCode.NotFound },
        { "POST", "/api/accelerator/applications/{application}/submit", Stage.Draft, Caller.ClusterManager, HttpStatusCode.Forbidden },
        { "POST", "/api/accelerator/applications/{application}/submit", Stage.Draft, Caller.Evaluator, HttpStatusCode.Forbidden },
        { "POST", "/api/accelerator/applications/{application}/submit", Stage.Draft, Caller.AcceleratorManager, HttpStatusCode.Forbidden },
        { "POST", "/api/accelerator/applications/{application}/withdraw", Stage.Draft, Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "POST", "/api/accelerator/applications/{application}/withdraw", Stage.Draft, Caller.OtherOrganisation, HttpStatusCode.NotFound },
        { "POST", "/api/accelerator/applications/{application}/withdraw", Stage.Draft, Caller.Provider, HttpStatusCode.NotFound },
        { "POST", "/api/accelerator/applications/{application}/withdraw", Stage.Draft, Caller.RegionalOfficer, HttpStatusCode.Forbidden },
        { "POST", "/api/accelerator/applications/{application}/withdraw", Stage.Draft, Caller.AcceleratorManager, HttpStatusCode.Forbidden },

        // Reviewers and reviews
        { "POST", "/api/accelerator/reviewers", Stage.Draft, Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "POST", "/api/accelerator/reviewers", Stage.Draft, Caller.OwnOrganisation, HttpStatusCode.Forbidden },
        { "POST", "/api/accelerator/reviewers", Stage.Draft, Caller.ClusterManager, HttpStatusCode.Forbidden },
        { "POST", "/api/accelerator/reviewers", Stage.Draft, Caller.Evaluator, HttpStatusCode.Forbidden },
        { "POST", "/api/accelerator/reviewers", Stage.Draft, Caller.RegionalOfficer, HttpStatusCode.Forbidden },
        { "GET", "/api/accelerator/reviewers", Stage.Draft, Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "GET", "/api/accelerator/reviewers", Stage.Draft, Caller.OwnOrganisation, HttpStatusCode.Forbidden },
        { "GET", "/api/accelerator/reviewers", Stage.Draft, Caller.ClusterManager, HttpStatusCode.Forbidden },
        { "GET", "/api/accelerator/reviewers", Stage.Draft, Caller.Evaluator, HttpStatusCode.Forbidden },
        { "GET", "/api/accelerator/reviewers", Stage.Draft, Caller.RegionalOfficer, HttpStatusCode.Forbidden },
        { "POST", "/api/accelerator/applications/{application}/reviews", Stage.Selection, Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "POST", "/api/accelerator/applications/{application}/reviews", Stage.Selection, Caller.OwnOrganisation, HttpStatusCode.Forbidden },
        { "POST", "/api/accelerator/applications/{application}/reviews", Stage.Selection, Caller.Provider, HttpStatusCode.Forbidden },
        { "POST", "/api/accelerator/applications/{application}/reviews", Stage.Selection, Caller.ClusterManager, HttpStatusCode.Forbidden },
        { "POST", "/api/accelerator/applications/{application}/reviews", Stage.Selection, Caller.Evaluator, HttpStatusCode.Forbidden },
        { "POST", "/api/accelerator/applications/{application}/reviews", Stage.Selection, Caller.RegionalOfficer, HttpStatusCode.Forbidden },
        { "GET", "/api/accelerator/reviews", Stage.Draft, Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "PUT", "/api/accelerator/reviews/{review}/scores", Stage.Selection, Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "PUT", "/api/accelerator/reviews/{review}/scores", Stage.Selection, Caller.OwnOrganisation, HttpStatusCode.Forbidden },
        { "PUT", "/api/accelerator/reviews/{review}/scores", Stage.Selection, Caller.OtherOrganisation, HttpStatusCode.Forbidden },
        { "PUT", "/api/accelerator/reviews/{review}/scores", Stage.Selection, Caller.ClusterManager, HttpStatusCode.Forbidden },
        { "PUT", "/api/accelerator/reviews/{review}/scores", Stage.Selection, Caller.RegionalOfficer, HttpStatusCode.Forbidden },
        { "PUT", "/api/accelerator/reviews/{review}/scores", Stage.Selection, Caller.AcceleratorManager, HttpStatusCode.Forbidden },
        { "PUT", "/api/accelerator/reviews/{review}/scores", Stage.Selection, Caller.Evaluator, HttpStatusCode.Forbidden }, // not-assigned

        // Selection: accelerator managers only
        { "POST", "/api/accelerator/applications/{application}/screening", Stage.Selection, Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "POST", "/api/accelerator/applications/{application}/screening", Stage.Selection, Caller.OwnOrganisation, HttpStatusCode.Forbidden },
        { "POST", "/api/accelerator/applications/{application}/screening", Stage.Selection, Caller.OtherOrganisation, HttpStatusCode.Forbidden },
        { "POST", "/api/accelerator/applications/{application}/screening", Stage.Selection, Caller.ClusterManager, HttpStatusCode.Forbidden },
        { "POST", "/api/accelerator/applications/{application}/screening", Stage.Selection, Caller.Evaluator, HttpStatusCode.Forbidden },
        { "POST", "/api/accelerator/applications/{application}/screening", Stage.Selection, Caller.RegionalOfficer, HttpStatusCode.Forbidden },
        { "PUT", "/api/accelerator/applications/{application}/interview", Stage.Selection, Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "PUT", "/api/accelerator/applications/{application}/interview", Stage.Selection, Caller.OwnOrganisation, HttpStatusCode.Forbidden },
        { "PUT", "/api/accelerator/applications/{application}/interview", Stage.Selection, Caller.ClusterManager, HttpStatusCode.Forbidden },
        { "PUT", "/api/accelerator/applications/{application}/interview", Stage.Selection, Caller.Evaluator, HttpStatusCode.Forbidden },
        { "PUT", "/api/accelerator/applications/{application}/interview", Stage.Selection, Caller.RegionalOfficer, HttpStatusCode.Forbidden },
        { "POST", "/api/accelerator/applications/{application}/interview/outcome", Stage.Selection, Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "POST", "/api/accelerator/applications/{application}/interview/outcome", Stage.Selection, Caller.OwnOrganisation, HttpStatusCode.Forbidden },
        { "POST", "/api/accelerator/applications/{application}/interview/outcome", Stage.Selection, Caller.Evaluator, HttpStatusCode.Forbidden },
        { "POST", "/api/accelerator/applications/{application}/interview/outcome", Stage.Selection, Caller.RegionalOfficer, HttpStatusCode.Forbidden },
        { "POST", "/api/accelerator/applications/{application}/decision", Stage.Selection, Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "POST", "/api/accelerator/applications/{application}/decision", Stage.Selection, Caller.OwnOrganisation, HttpStatusCode.Forbidden },
        { "POST", "/api/accelerator/applications/{application}/decision", Stage.Selection, Caller.OtherOrganisation, HttpStatusCode.Forbidden },
        { "POST", "/api/accelerator/applications/{application}/decision", Stage.Selection, Caller.Provider, HttpStatusCode.Forbidden },
        { "POST", "/api/accelerator/applications/{application}/decision", Stage.Selection, Caller.ClusterManager, HttpStatusCode.Forbidden },
        { "POST", "/api/accelerator/applications/{application}/decision", Stage.Selection, Caller.Evaluator, HttpStatusCode.Forbidden },
        { "POST", "/api/accelerator/applications/{application}/decision", Stage.Selection, Caller.RegionalOfficer, HttpStatusCode.Forbidden },
        { "GET", "/api/accelerator/intakes/{intake}/ranking", Stage.Selection, Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "GET", "/api/accelerator/intakes/{intake}/ranking", Stage.Selection, Caller.OwnOrganisation, HttpStatusCode.Forbidden },
        { "GET", "/api/accelerator/intakes/{intake}/ranking", Stage.Selection, Caller.Provider, HttpStatusCode.Forbidden },
        { "GET", "/api/accelerator/intakes/{intake}/ranking", Stage.Selection, Caller.ClusterManager, HttpStatusCode.Forbidden },
        { "GET", "/api/accelerator/intakes/{intake}/ranking", Stage.Selection, Caller.Evaluator, HttpStatusCode.Forbidden },
        { "GET", "/api/accelerator/intakes/{intake}/ranking", Stage.Selection, Caller.RegionalOfficer, HttpStatusCode.Forbidden },

        // Cohort: managers and the intake's providers; the start-up itself reads its services and may drop out
        { "GET", "/api/accelerator/intakes/{intake}/cohort", Stage.Cohort, Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "GET", "/api/accelerator/intakes/{intake}/cohort", Stage.Cohort, Caller.OwnOrganisation, HttpStatusCode.NotFound },
        { "GET", "/api/accelerator/intakes/{intake}/cohort", Stage.Cohort, Caller.OtherOrganisation, HttpStatusCode.NotFound },
        { "GET", "/api/accelerator/intakes/{intake}/cohort", Stage.Cohort, Caller.ClusterManager, HttpStatusCode.NotFound },
        { "GET", "/api/accelerator/intakes/{intake}/cohort", Stage.Cohort, Caller.Evaluator, HttpStatusCode.NotFound },
        { "GET", "/api/accelerator/intakes/{intake}/cohort", Stage.Cohort, Caller.RegionalOfficer, HttpStatusCode.NotFound },
        { "GET", "/api/accelerator/intakes/{draftIntake}/cohort", Stage.Draft, Caller.Provider, HttpStatusCode.NotFound },
        { "POST", "/api/accelerator/applications/{application}/services", Stage.Cohort, Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "POST", "/api/accelerator/applications/{application}/services", Stage.Cohort, Caller.OwnOrganisation, HttpStatusCode.NotFound },
        { "POST", "/api/accelerator/applications/{application}/services", Stage.Cohort, Caller.OtherOrganisation, HttpStatusCode.NotFound },
        { "POST", "/api/accelerator/applications/{application}/services", Stage.Cohort, Caller.ClusterManager, HttpStatusCode.NotFound },
        { "POST", "/api/accelerator/applications/{application}/services", Stage.Cohort, Caller.Evaluator, HttpStatusCode.NotFound },
        { "POST", "/api/accelerator/applications/{application}/services", Stage.Cohort, Caller.RegionalOfficer, HttpStatusCode.NotFound },
        { "POST", "/api/accelerator/applications/{application}/services", Stage.Selection, Caller.Provider, HttpStatusCode.NotFound }, // not in the cohort yet
        { "GET", "/api/accelerator/applications/{application}/services", Stage.Cohort, Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "GET", "/api/accelerator/applications/{application}/services", Stage.Cohort, Caller.OtherOrganisation, HttpStatusCode.NotFound },
        { "GET", "/api/accelerator/applications/{application}/services", Stage.Cohort, Caller.ClusterManager, HttpStatusCode.NotFound },
        { "GET", "/api/accelerator/applications/{application}/services", Stage.Cohort, Caller.Evaluator, HttpStatusCode.NotFound },
        { "GET", "/api/accelerator/applications/{application}/services", Stage.Cohort, Caller.RegionalOfficer, HttpStatusCode.NotFound },
        { "GET", "/api/accelerator/applications/{application}/services", Stage.Selection, Caller.Provider, HttpStatusCode.NotFound }, // not in the cohort yet
        { "POST", "/api/accelerator/applications/{application}/completion", Stage.Cohort, Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "POST", "/api/accelerator/applications/{application}/completion", Stage.Cohort, Caller.OwnOrganisation, HttpStatusCode.Forbidden },
        { "POST", "/api/accelerator/applications/{application}/completion", Stage.Cohort, Caller.Provider, HttpStatusCode.Forbidden },
        { "POST", "/api/accelerator/applications/{application}/completion", Stage.Cohort, Caller.ClusterManager, HttpStatusCode.Forbidden },
        { "POST", "/api/accelerator/applications/{application}/completion", Stage.Cohort, Caller.Evaluator, HttpStatusCode.Forbidden },
        { "POST", "/api/accelerator/applications/{application}/completion", Stage.Cohort, Caller.RegionalOfficer, HttpStatusCode.Forbidden },
        { "POST", "/api/accelerator/applications/{application}/drop-out", Stage.Cohort, Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "POST", "/api/accelerator/applications/{application}/drop-out", Stage.Cohort, Caller.OtherOrganisation, HttpStatusCode.NotFound },
        { "POST", "/api/accelerator/applications/{application}/drop-out", Stage.Cohort, Caller.Provider, HttpStatusCode.NotFound },
        { "POST", "/api/accelerator/applications/{application}/drop-out", Stage.Cohort, Caller.ClusterManager, HttpStatusCode.NotFound },
        { "POST", "/api/accelerator/applications/{application}/drop-out", Stage.Cohort, Caller.Evaluator, HttpStatusCode.NotFound },
        { "POST", "/api/accelerator/applications/{application}/drop-out", Stage.Cohort, Caller.RegionalOfficer, HttpStatusCode.NotFound },

        // Alumni reports: the alumnus's own users and managers
        { "GET", "/api/accelerator/alumni-reports", Stage.Alumni, Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "GET", "/api/accelerator/alumni-reports/{report}", Stage.Alumni, Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "GET", "/api/accelerator/alumni-reports/{report}", Stage.Alumni, Caller.OtherOrganisation, HttpStatusCode.NotFound },
        { "GET", "/api/accelerator/alumni-reports/{report}", Stage.Alumni, Caller.Provider, HttpStatusCode.NotFound },
        { "GET", "/api/accelerator/alumni-reports/{report}", Stage.Alumni, Caller.ClusterManager, HttpStatusCode.NotFound },
        { "GET", "/api/accelerator/alumni-reports/{report}", Stage.Alumni, Caller.Evaluator, HttpStatusCode.NotFound },
        { "GET", "/api/accelerator/alumni-reports/{report}", Stage.Alumni, Caller.RegionalOfficer, HttpStatusCode.NotFound },
        { "PUT", "/api/accelerator/alumni-reports/{report}", Stage.Alumni, Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "PUT", "/api/accelerator/alumni-reports/{report}", Stage.Alumni, Caller.OtherOrganisation, HttpStatusCode.NotFound },
        { "PUT", "/api/accelerator/alumni-reports/{report}", Stage.Alumni, Caller.Provider, HttpStatusCode.NotFound },
        { "PUT", "/api/accelerator/alumni-reports/{report}", Stage.Alumni, Caller.ClusterManager, HttpStatusCode.Forbidden },
        { "PUT", "/api/accelerator/alumni-reports/{report}", Stage.Alumni, Caller.Evaluator, HttpStatusCode.Forbidden },
        { "PUT", "/api/accelerator/alumni-reports/{report}", Stage.Alumni, Caller.RegionalOfficer, HttpStatusCode.Forbidden },
        { "PUT", "/api/accelerator/alumni-reports/{report}", Stage.Alumni, Caller.AcceleratorManager, HttpStatusCode.Forbidden },

        // The audit trail (regional officers) and the accelerator's copy of the directory (managers)
        { "GET", "/api/accelerator/audit", Stage.Draft, Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "GET", "/api/accelerator/audit", Stage.Draft, Caller.OwnOrganisation, HttpStatusCode.Forbidden },
        { "GET", "/api/accelerator/audit", Stage.Draft, Caller.ClusterManager, HttpStatusCode.Forbidden },
        { "GET", "/api/accelerator/audit", Stage.Draft, Caller.Evaluator, HttpStatusCode.Forbidden },
        { "GET", "/api/accelerator/audit", Stage.Draft, Caller.AcceleratorManager, HttpStatusCode.Forbidden },
        { "GET", "/api/accelerator/candidates/{organisation}", Stage.Draft, Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "GET", "/api/accelerator/candidates/{organisation}", Stage.Draft, Caller.OwnOrganisation, HttpStatusCode.Forbidden },
        { "GET", "/api/accelerator/candidates/{organisation}", Stage.Draft, Caller.OtherOrganisation, HttpStatusCode.Forbidden },
        { "GET", "/api/accelerator/candidates/{organisation}", Stage.Draft, Caller.ClusterManager, HttpStatusCode.Forbidden },
        { "GET", "/api/accelerator/candidates/{organisation}", Stage.Draft, Caller.Evaluator, HttpStatusCode.Forbidden },
        { "GET", "/api/accelerator/candidates/{organisation}", Stage.Draft, Caller.RegionalOfficer, HttpStatusCode.Forbidden },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task RefusedCallerGetsProblemDetailsAndChangesNothing(string method, string template, Stage stage, Caller caller, HttpStatusCode expected)
    {
        var world = await WorldAsync(stage);
        var path = world.Expand(template);
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method != "GET")
        {
            request.Content = JsonContent.Create(BodyFor(template, world));
            request.Headers.IfMatch.ParseAdd("*");
        }
        var before = await FingerprintAsync(world);

        var response = await Client(caller, world).SendAsync(request);

        await response.ReadProblemAsync(expected);
        Assert.Equal(before, await FingerprintAsync(world));
    }

    [Theory]
    [InlineData(Caller.OtherOrganisation)]
    [InlineData(Caller.Provider)]
    [InlineData(Caller.ClusterManager)]
    [InlineData(Caller.Evaluator)]
    [InlineData(Caller.RegionalOfficer)]
    public async Task ListsShowACallerNothingOfAnotherOrganisationsApplication(Caller caller)
    {
        var world = await WorldAsync(Stage.Alumni);
        var client = Client(caller, world);

        foreach (var path in new[]
                 {
                     $"/api/accelerator/applications?intakeId={world.Intake}", $"/api/accelerator/reviews?applicationId={world.Application}",
                     $"/api/accelerator/alumni-reports?intakeId={world.Intake}", "/api/accelerator/intakes?status=draft",
                 })
        {
            var page = await (await client.GetAsync(path)).ReadOkAsync<JsonElement>();
            Assert.True(page.GetProperty("items").GetArrayLength() == 0, $"{caller} reads {path}: {page}");
        }
        var intakes = await (await client.GetAsync("/api/accelerator/intakes?sort=-deadline&limit=100")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(world.DraftIntake.ToString(), intakes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnonymousListOfIntakesHasNoDrafts()
    {
        var world = await WorldAsync(Stage.Draft);

        var drafts = await (await _api.Anonymous().GetAsync("/api/accelerator/intakes?status=draft")).ReadOkAsync<JsonElement>();
        var all = await (await _api.Anonymous().GetAsync("/api/accelerator/intakes?sort=-deadline&limit=100")).Content.ReadAsStringAsync();

        Assert.Equal(0, drafts.GetProperty("items").GetArrayLength());
        Assert.DoesNotContain(world.DraftIntake.ToString(), all, StringComparison.Ordinal);
        Assert.Contains(world.Intake.ToString(), all, StringComparison.Ordinal);
    }

    /// <summary>The ids a matrix row aims at.</summary>
    private sealed record World(Guid Provider, Guid Organisation, Guid Intake, Guid DraftIntake, Guid Application, Guid UnassignedReviewer, string UnassignedSubject,
        Guid? Review, Guid? Report)
    {
        public string Expand(string template) => template
            .Replace("{intake}", Intake.ToString(), StringComparison.Ordinal)
            .Replace("{draftIntake}", DraftIntake.ToString(), StringComparison.Ordinal)
            .Replace("{application}", Application.ToString(), StringComparison.Ordinal)
            .Replace("{organisation}", Organisation.ToString(), StringComparison.Ordinal)
            .Replace("{review}", Review?.ToString() ?? "no-review", StringComparison.Ordinal)
            .Replace("{report}", Report?.ToString() ?? "no-report", StringComparison.Ordinal);
    }

    /// <summary>A provider, a draft intake and an open one it serves, a start-up's application brought to <paramref name="stage"/>, and a reviewer assigned to nothing.</summary>
    private async Task<World> WorldAsync(Stage stage)
    {
        var provider = await _api.OrganisationAsync("research-body", "small", innovativeStartup: false);
        var draftIntake = AcceleratorApi.Id(await (await _api.Manager().PostAsJsonAsync("/api/accelerator/intakes", _api.IntakeBody(provider))).ReadOkAsync<JsonElement>(HttpStatusCode.Created));
        var intake = AcceleratorApi.Id(await _api.PublishedIntakeAsync(provider: provider));
        var organisation = await _api.OrganisationAsync();
        var application = AcceleratorApi.Id(await _api.DraftApplicationAsync(intake, organisation));
        var unassignedSubject = "unassigned-" + Guid.NewGuid().ToString("N")[..8];
        var unassigned = await RegisterReviewerAsync(unassignedSubject);
        Guid? review = null;
        Guid? report = null;
        if (stage >= Stage.Selection)
        {
            await (await _api.SubmitAsync(application, organisation)).ReadOkAsync<JsonElement>();
            await _api.CloseAsync(intake);
            await _api.ScreenEligibleAsync(application);
            await (await _api.Manager().PutAsJsonAsync($"/api/accelerator/applications/{application}/interview", InterviewBody()))
                .ReadOkAsync<JsonElement>(); // so that recording its outcome is valid too
            var assigned = await RegisterReviewerAsync("assigned-" + Guid.NewGuid().ToString("N")[..8]);
            review = AcceleratorApi.Id(await (await _api.Manager().PostAsJsonAsync($"/api/accelerator/applications/{application}/reviews", new { reviewerId = assigned }))
                .ReadOkAsync<JsonElement>(HttpStatusCode.Created));
        }
        if (stage >= Stage.Cohort)
        {
            await (await _api.DecideAsync(application, "admitted")).ReadOkAsync<JsonElement>();
        }
        if (stage >= Stage.Alumni)
        {
            // The first year ended ten days ago: the report clock requests it, and the alumnus could answer it now.
            var completedOn = AlumniReportClock.RomeDate(_api.Clock.GetUtcNow()).AddYears(-1).AddDays(-10);
            await (await _api.Manager().PostAsJsonAsync($"/api/accelerator/applications/{application}/completion", new { completedOn = Day(completedOn) }))
                .ReadOkAsync<JsonElement>();
            var requested = await Eventually.Until(
                async () => await (await _api.Startup(organisation).GetAsync("/api/accelerator/alumni-reports?year=1&status=requested")).ReadOkAsync<JsonElement>(),
                page => page.GetProperty("items").GetArrayLength() == 1, Timeout, "the first alumni report requested by the report clock");
            report = AcceleratorApi.Id(requested.GetProperty("items")[0]);
        }
        return new World(provider, organisation, intake, draftIntake, application, unassigned, unassignedSubject, review, report);
    }

    private async Task<Guid> RegisterReviewerAsync(string subject) =>
        AcceleratorApi.Id(await (await _api.Manager().PostAsJsonAsync("/api/accelerator/reviewers", new { subject, name = "Reviewer " + subject }))
            .ReadOkAsync<JsonElement>(HttpStatusCode.Created));

    private HttpClient Client(Caller caller, World world) => caller switch
    {
        Caller.Anonymous => _api.Anonymous(),
        Caller.OwnOrganisation => _api.Startup(world.Organisation),
        Caller.OtherOrganisation => _api.Startup(Guid.NewGuid()),
        Caller.Provider => _api.Startup(world.Provider),
        Caller.ClusterManager => _api.Service.CreateClient().WithToken(Roles.ClusterManager, clusterCode: "CLEVER"),
        Caller.Evaluator => _api.Reviewer(world.UnassignedSubject),
        Caller.RegionalOfficer => _api.Service.CreateClient().WithToken(Roles.RegionalOfficer),
        _ => _api.Manager(),
    };

    /// <summary>A valid body for each endpoint, so that only authorization can refuse it.</summary>
    private object BodyFor(string template, World world) => template switch
    {
        "/api/accelerator/programmes" => new
        {
            code = "BA-MX-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(),
            nameIt = "Acceleratore di prova",
            nameEn = "Trial accelerator",
            prioritySystems = new[] { "GREEN_TECH" },
            firstYear = 2026,
            years = 3,
        },
        "/api/accelerator/intakes" or "/api/accelerator/intakes/{draftIntake}" => _api.IntakeBody(world.Provider),
        "/api/accelerator/intakes/{intake}/amendments" => new { reason = "More seats for a strong year", cohortCapacity = 5 },
        "/api/accelerator/intakes/{intake}/close" => new { reason = "Enough applications for this pilot year" },
        "/api/accelerator/intakes/{intake}/applications" or "/api/accelerator/applications/{application}" => AcceleratorApi.ApplicationBody(),
        "/api/accelerator/applications/{application}/withdraw" => new { reason = "We found another programme" },
        "/api/accelerator/reviewers" => new { subject = "intruder-" + Guid.NewGuid().ToString("N")[..8], name = "Uninvited reviewer" },
        "/api/accelerator/applications/{application}/reviews" => new { reviewerId = world.UnassignedReviewer },
        "/api/accelerator/reviews/{review}/scores" => new
        {
            scores = new[] { new { criterion = "team", score = 9m, comment = "Complementary founders" }, new { criterion = "market", score = 6m, comment = "Crowded market" } },
        },
        "/api/accelerator/applications/{application}/screening" => new { eligible = false, reason = "Not yet incorporated" },
        "/api/accelerator/applications/{application}/interview" => InterviewBody(),
        "/api/accelerator/applications/{application}/interview/outcome" => new { outcome = "passed", notes = "Convincing demo" },
        "/api/accelerator/applications/{application}/decision" => new { decision = "rejected", reason = "Weaker than the others" },
        "/api/accelerator/applications/{application}/services" => new { kind = "training", hours = 4m, providerId = world.Provider, deliveredOn = Day(Today()) },
        "/api/accelerator/applications/{application}/completion" => new { completedOn = Day(Today()) },
        "/api/accelerator/applications/{application}/drop-out" => new { droppedOutOn = Day(Today()), reason = "Founders split up" },
        "/api/accelerator/alumni-reports/{report}" => new
        {
            turnoverEur = 250_000m,
            employees = 6,
            exportsSharePercent = 10m,
            enteredNationalMarkets = true,
            enteredInternationalMarkets = true,
            countriesEntered = new[] { "DE" },
            investments = new[] { new { amountEur = 100_000m, investorKind = "business-angel" } },
        },
        _ => new { },
    };

    private object InterviewBody() => new { at = AcceleratorApi.Instant(_api.Clock.GetUtcNow().AddDays(3)), place = "Room 2, Environment Park" };

    private DateOnly Today() => AlumniReportClock.RomeDate(_api.Clock.GetUtcNow());

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// What a request could have changed, read from the database: the two intakes, the intake's
    /// applications, reviews, services and reports (each with its row version), how many programmes,
    /// intakes and reviewers exist, and the outbox and audit rows (so no event and no audit entry was written).
    /// </summary>
    private Task<string> FingerprintAsync(World world) => _api.Service.QueryAsync<AcceleratorDbContext, string>(async db =>
    {
        var intakes = (await db.Intakes.AsNoTracking().Where(i => i.Id == world.Intake || i.Id == world.DraftIntake).OrderBy(i => i.Id)
            .Select(i => new { i.Id, i.Status, i.Version, i.CohortCapacity }).ToListAsync()).Select(i => $"intake {i.Id} {i.Status} v{i.Version} capacity {i.CohortCapacity}");
        var applications = (await db.Applications.AsNoTracking().Where(a => a.IntakeId == world.Intake).OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.Status, a.Version }).ToListAsync()).Select(a => $"application {a.Id} {a.Status} v{a.Version}");
        var reviews = (await db.Reviews.AsNoTracking().Where(r => r.IntakeId == world.Intake).OrderBy(r => r.Id)
            .Select(r => new { r.Id, r.ScoredAt, r.Version }).ToListAsync()).Select(r => $"review {r.Id} scored {r.ScoredAt} v{r.Version}");
        var reports = (await db.AlumniReports.AsNoTracking().Where(r => r.IntakeId == world.Intake).OrderBy(r => r.Id)
            .Select(r => new { r.Id, r.Status, r.Version }).ToListAsync()).Select(r => $"report {r.Id} {r.Status} v{r.Version}");
        var counts = $"programmes {await db.Programmes.CountAsync()}, intakes {await db.Intakes.CountAsync()}, reviewers {await db.Reviewers.CountAsync()}, "
            + $"services {await db.ServiceDeliveries.CountAsync(d => d.IntakeId == world.Intake)}, "
            + $"outbox {await db.Set<OutboxMessage>().CountAsync()}, audit {await db.Set<AuditEntry>().CountAsync()}";
        return string.Join("\n", [.. intakes, .. applications, .. reviews, .. reports, counts]);
    });
}
