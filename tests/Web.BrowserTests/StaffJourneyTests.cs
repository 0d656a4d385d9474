using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using PiedmontSystem.ServiceDefaults.Security;
using PiedmontSystem.TestInfrastructure;
using Xunit.Abstractions;

namespace PiedmontSystem.Web.BrowserTests;

/// <summary>
/// The staff workspaces: a cluster manager decides a membership request, an evaluator scores and
/// an officer awards a grant, an operator looks after failed messages. What the pages act on is
/// set up through the API with development tokens, as another service or person would.
/// </summary>
[Collection(PortalTestGroup.Name)]
public sealed class StaffJourneyTests(PortalFixture platform, ITestOutputHelper output)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private HttpClient As(string role, Guid? organisation = null, string? cluster = null, string? subject = null) =>
        platform.CreateClient().WithToken(role, organisation, cluster, subject);

    private static (string Email, string Password, string Role) Person(string role) => PlatformFixture.People.Single(p => p.Role == role);

    [Fact]
    public async Task A_cluster_manager_approves_a_membership_request_from_the_workspace()
    {
        var (smeId, legalName) = await RegisterOrganisationAsync("Meccatronica Staff");
        await (await As(Roles.OrganisationUser, smeId).PostAsJsonAsync($"/api/registry/organisations/{smeId}/memberships",
            new { clusterCode = PlatformFixture.ManagedCluster, note = "Vorremmo partecipare ai gruppi di lavoro." })).ReadOkAsync<JsonElement>(HttpStatusCode.Created);

        var manager = Person(Roles.ClusterManager);
        await using var journey = await platform.StartJourneyAsync("staff-memberships", output);
        var page = journey.Page;
        await journey.SignInAsync(manager.Email, manager.Password);
        await journey.GotoAsync("/workspace");
        await page.GetByRole(AriaRole.Link, new() { Name = "Richieste di adesione al cluster" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Richieste di adesione al cluster");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = legalName });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await journey.StepAsync("the cluster's waiting requests");

        await row.GetByRole(AriaRole.Button, new() { Name = "Approva", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("decision-done")).ToContainTextAsync($"{legalName} è ora membro del cluster");
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = legalName })).ToHaveCountAsync(0);
        await journey.StepAsync("the request approved");

        var memberships = await (await As(Roles.OrganisationUser, smeId).GetAsync($"/api/registry/organisations/{smeId}/memberships")).ReadOkAsync<JsonElement>();
        Assert.Equal("active", memberships.GetProperty("items")[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_cluster_manager_rejects_a_request_only_with_a_reason()
    {
        var (smeId, legalName) = await RegisterOrganisationAsync("Tessile Staff");
        await (await As(Roles.OrganisationUser, smeId).PostAsJsonAsync($"/api/registry/organisations/{smeId}/memberships",
            new { clusterCode = PlatformFixture.ManagedCluster })).ReadOkAsync<JsonElement>(HttpStatusCode.Created);

        var manager = Person(Roles.ClusterManager);
        await using var journey = await platform.StartJourneyAsync("staff-memberships-reject", output, language: "en");
        var page = journey.Page;
        await journey.SignInAsync(manager.Email, manager.Password);
        await journey.GotoAsync("/language/en?returnUrl=%2Fworkspace%2Fmemberships");
        await page.GetByRole(AriaRole.Link, new() { Name = $"Reject the request of {legalName}" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Request of {legalName}");
        await journey.StepAsync("the request, in English");

        // The browser would refuse an empty required field; without it the page names the field.
        await page.Locator("#field-note").EvaluateAsync("e => e.removeAttribute('required')");
        await page.GetByRole(AriaRole.Button, new() { Name = "Reject the request" }).ClickAsync();
        await Assertions.Expect(page.Locator("#field-note-error")).ToHaveTextAsync("Say why you reject the request.");
        await journey.StepAsync("the reason is missing");

        await page.GetByLabel("Reason for rejecting").FillAsync("Your activity is outside the cluster's value chain.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Reject the request" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("decision-done")).ToContainTextAsync($"The request of {legalName} was rejected.");
        await journey.StepAsync("the request rejected");
    }

    [Fact]
    public async Task An_evaluator_scores_a_proposal_and_the_officer_awards_its_grant_from_the_ranking()
    {
        var officerApi = As(Roles.RegionalOfficer);
        var (callId, callCode, proposalId, title) = await SubmittedProposalAsync(officerApi);

        // The officer puts the closed call under evaluation and assigns the platform's evaluator.
        var evaluator = Person(Roles.Evaluator);
        var evaluatorSubject = await SubjectOfAsync(officerApi, evaluator.Email);
        var evaluatorId = await RegisterEvaluatorAsync(officerApi, evaluatorSubject, evaluator.Email);
        await (await officerApi.PostAsync($"/api/funding/calls/{callId}/evaluation/start", null)).ReadOkAsync<JsonElement>();
        await (await officerApi.PostAsJsonAsync($"/api/funding/proposals/{proposalId}/assignments", new { evaluatorId })).ReadOkAsync<JsonElement>(HttpStatusCode.Created);

        await using (var scoring = await platform.StartJourneyAsync("staff-scoring", output))
        {
            var page = scoring.Page;
            await scoring.SignInAsync(evaluator.Email, evaluator.Password);
            await scoring.GotoAsync("/workspace/scoring");
            await page.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(title);
            await scoring.StepAsync("the score sheet");

            await page.GetByLabel("Punteggio per Qualità").FillAsync("8.5");
            await page.GetByLabel("Motivazione per Qualità").FillAsync("Piano credibile e mercato chiaro.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Salva i punteggi" }).ClickAsync();
            await Assertions.Expect(page.GetByTestId("scores-saved")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByLabel("Punteggio per Qualità")).ToHaveValueAsync("8.5");
            await scoring.StepAsync("the scores saved");
        }

        await (await officerApi.PostAsync($"/api/funding/calls/{callId}/evaluation/complete", null)).ReadOkAsync<JsonElement>();

        var officer = Person(Roles.RegionalOfficer);
        await using var journey = await platform.StartJourneyAsync("staff-award", output);
        var officerPage = journey.Page;
        await journey.SignInAsync(officer.Email, officer.Password);
        await journey.GotoAsync("/workspace/calls");
        await officerPage.GetByRole(AriaRole.Link, new() { Name = callCode, Exact = true }).ClickAsync();
        await Assertions.Expect(officerPage.GetByTestId("call-status")).ToHaveTextAsync("In valutazione");
        var line = officerPage.GetByTestId("ranking").GetByRole(AriaRole.Row).Filter(new() { HasText = title });
        await Assertions.Expect(line).ToContainTextAsync("In graduatoria");
        await journey.StepAsync("the call's ranking");

        await line.GetByRole(AriaRole.Link, new() { Name = $"Concedi il contributo a {title}" }).ClickAsync();
        await Assertions.Expect(officerPage.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Concedi il contributo");
        await journey.StepAsync("the award form");

        await officerPage.GetByRole(AriaRole.Button, new() { Name = "Concedi il contributo" }).ClickAsync();
        await Assertions.Expect(officerPage.GetByTestId("call-action-done")).ToContainTextAsync("Il contributo è concesso.");
        var funded = officerPage.GetByTestId("ranking").GetByRole(AriaRole.Row).Filter(new() { HasText = title });
        await Assertions.Expect(funded).ToContainTextAsync("Finanziata");
        await Assertions.Expect(funded).ToContainTextAsync("120.000");
        await journey.StepAsync("the grant awarded");

        var proposal = await (await officerApi.GetAsync($"/api/funding/proposals/{proposalId}")).ReadOkAsync<JsonElement>();
        Assert.Equal(120_000m, proposal.GetProperty("grant").GetProperty("amountEur").GetDecimal());
    }

    [Fact]
    public async Task An_operator_sees_the_services_health_outboxes_and_a_failed_message_and_discards_it_with_a_reason()
    {
        await using var failing = await FailingParcelDesk.StartAsync(platform.Broker.AmqpUri);
        var messageId = await failing.SendAsync();
        var operatorApi = As(Roles.Operator);
        await Eventually.Until(async () => (await (await operatorApi.GetAsync("/api/partners/operations/failed-messages/queues")).ReadOkAsync<JsonElement>())
            .GetProperty("items").EnumerateArray().Any(q => q.GetProperty("queue").GetString() == failing.ErrorQueue && q.GetProperty("messages").GetInt64() > 0),
            Timeout, $"a message in {failing.ErrorQueue}");

        var person = Person(Roles.Operator);
        await using var journey = await platform.StartJourneyAsync("staff-operations", output);
        var page = journey.Page;
        await journey.SignInAsync(person.Email, person.Password);
        await journey.GotoAsync("/workspace/operations");
        await Assertions.Expect(page.GetByTestId("health").GetByRole(AriaRole.Row)).Not.ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("health")).ToContainTextAsync("Pronto");
        await Assertions.Expect(page.GetByTestId("outboxes")).ToContainTextAsync("Risponde");
        await Assertions.Expect(page.GetByTestId("error-queues").GetByRole(AriaRole.Row).Filter(new() { HasText = failing.ErrorQueue })).ToHaveCountAsync(1);
        await journey.StepAsync("health, error queues and outboxes");

        await page.GetByRole(AriaRole.Link, new() { Name = failing.ErrorQueue, Exact = true }).ClickAsync();
        var message = page.GetByTestId("failed-messages").GetByRole(AriaRole.Row).Filter(new() { HasText = messageId.ToString() });
        await Assertions.Expect(message).ToContainTextAsync(FailingParcelDesk.Failure);
        await journey.StepAsync("the failed message");

        await message.GetByRole(AriaRole.Link, new() { Name = $"Scarta {messageId}" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Scarta un messaggio");
        await page.GetByLabel("Motivo").FillAsync("Registrazione di prova, non va consegnata.");
        await journey.StepAsync("the reason to discard");

        await page.GetByRole(AriaRole.Button, new() { Name = "Scarta il messaggio" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("queue-action-done")).ToContainTextAsync("Il messaggio è scartato");
        await Assertions.Expect(page.GetByTestId("no-failed-messages")).ToBeVisibleAsync();
        await journey.StepAsync("the message discarded");

        await journey.GotoAsync("/workspace/operations/discarded");
        await Assertions.Expect(page.GetByTestId("discarded-messages").GetByRole(AriaRole.Row).Filter(new() { HasText = messageId.ToString() }))
            .ToContainTextAsync("Registrazione di prova, non va consegnata.");
        await journey.StepAsync("the discarded message kept with its reason");
    }

    [Fact]
    public async Task A_ceip_officer_accepts_a_liaison_request_takes_it_on_and_closes_it()
    {
        var (smeId, legalName) = await RegisterOrganisationAsync("Export Staff");
        var opened = await (await As(Roles.OrganisationUser, smeId).PostAsJsonAsync("/api/internationalisation/liaison-requests", new
        {
            kind = "partner-search",
            targetCountries = new[] { "DE", "AT" },
            descriptionIt = "Cerchiamo un distributore di componenti per e-bike in Baviera.",
            urgency = "high",
        })).ReadOkAsync<JsonElement>(HttpStatusCode.Created);
        var requestId = opened.GetProperty("id").GetGuid();
        var ceipApi = As(Roles.CeipOfficer);
        await Eventually.Until(async () => (await (await ceipApi.GetAsync($"/api/internationalisation/liaison-requests/{requestId}")).ReadOkAsync<JsonElement>())
            .GetProperty("organisationName").GetString(), name => name == legalName, Timeout, "the organisation's name in the internationalisation service");

        var ceip = Person(Roles.CeipOfficer);
        await using var journey = await platform.StartJourneyAsync("staff-liaison", output);
        var page = journey.Page;
        await journey.SignInAsync(ceip.Email, ceip.Password);
        await journey.GotoAsync("/workspace/liaison?status=new");
        var row = page.GetByTestId("liaison-requests").GetByRole(AriaRole.Row).Filter(new() { HasText = legalName });
        await Assertions.Expect(row).ToContainTextAsync("Ricerca di partner");
        await journey.StepAsync("the new requests in the queue");

        await row.GetByRole(AriaRole.Link, new() { Name = legalName }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Ricerca di partner per {legalName}");
        await journey.StepAsync("the request");

        await page.GetByRole(AriaRole.Button, new() { Name = "Registra la valutazione" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("liaison-status")).ToHaveTextAsync("Accettata");
        await journey.StepAsync("the request accepted");

        await page.GetByRole(AriaRole.Button, new() { Name = "Prendi in carico" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("liaison-status")).ToHaveTextAsync("In lavorazione");
        await page.Locator("#field-notetext").FillAsync("Contattata la camera di commercio italo-tedesca.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aggiungi la nota" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("liaison-notes")).ToContainTextAsync("camera di commercio italo-tedesca");
        await journey.StepAsync("taken on, with a note");

        await page.Locator("label[for=outcome-partly]").ClickAsync();
        await page.GetByLabel("Che cosa si è ottenuto").FillAsync("Due incontri con distributori di Monaco; nessun accordo ancora.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Chiudi la richiesta" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("liaison-status")).ToHaveTextAsync("Chiusa");
        await journey.StepAsync("the request closed with its outcome");

        var closed = await (await ceipApi.GetAsync($"/api/internationalisation/liaison-requests/{requestId}")).ReadOkAsync<JsonElement>();
        Assert.Equal("partly", closed.GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task An_accelerator_manager_reads_the_intakes_and_the_meet_the_corporates_sessions()
    {
        var manager = Person(Roles.AcceleratorManager);
        await using var journey = await platform.StartJourneyAsync("staff-accelerator", output, language: "en");
        var page = journey.Page;
        await journey.SignInAsync(manager.Email, manager.Password);
        await journey.GotoAsync("/language/en?returnUrl=%2Fworkspace");
        await page.GetByRole(AriaRole.Link, new() { Name = "Accelerator intake selection" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Accelerator intake selection");
        await journey.StepAsync("the intakes");

        await journey.GotoAsync("/workspace");
        await page.GetByRole(AriaRole.Link, new() { Name = "Meet the corporates schedule" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Meet the corporates schedule");
        await journey.StepAsync("the sessions");
    }

    [Fact]
    public async Task A_company_person_is_refused_the_staff_workspaces()
    {
        var email = $"staff-refused-{Guid.NewGuid():N}@example.org";
        await using var journey = await platform.StartJourneyAsync("staff-refused", output);
        await journey.SignUpAsync(email, "Persona Impresa", "silver-orchard-4410-canal");
        await journey.SignInAsync(email, "silver-orchard-4410-canal");
        foreach (var path in new[] { "/workspace/memberships", "/workspace/calls", "/workspace/operations", "/workspace/scoring" })
        {
            await journey.Page.GotoAsync(path);
            await Assertions.Expect(journey.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Accesso non consentito");
        }
        await journey.StepAsync("access denied");
    }

    private async Task<(Guid Id, string LegalName)> RegisterOrganisationAsync(string name)
    {
        var legalName = $"{name} {Guid.NewGuid().ToString("N")[..6]} S.r.l.";
        var organisation = await (await As(Roles.OrganisationUser, Guid.NewGuid()).PostAsJsonAsync("/api/registry/organisations", new
        {
            legalName,
            vatNumber = TestData.VatNumber(),
            kind = "enterprise",
            province = "TO",
            headcount = 14,
            turnoverEur = 1_800_000m,
            prioritySystems = new[] { "GREEN_TECH" },
        })).ReadOkAsync<JsonElement>(HttpStatusCode.Created);
        return (organisation.GetProperty("id").GetGuid(), legalName);
    }

    /// <summary>A call that closed a moment ago, with one eligible proposal submitted in time (as tests/Gateway.Tests/FundingEndToEndTests.cs sets one up).</summary>
    private async Task<(Guid CallId, string CallCode, Guid ProposalId, string Title)> SubmittedProposalAsync(HttpClient officer)
    {
        var (smeId, _) = await RegisterOrganisationAsync("Compositi Staff");
        var applicant = As(Roles.OrganisationUser, smeId);
        await Eventually.Until(() => officer.GetAsync($"/api/funding/applicants/{smeId}"), r => r.StatusCode == HttpStatusCode.OK, Timeout, "funding to know the SME");

        var code = "STAFF-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var draft = await (await officer.PostAsJsonAsync("/api/funding/calls", new
        {
            code,
            titleIt = "Bando compositi " + code, titleEn = "Composites call " + code, textIt = "Testo del bando", textEn = "Text of the call",
            instrument = "collaborative-rd-project",
            eligibleKinds = new[] { "enterprise" },
            endorsementRequired = false,
            consortium = new { minParticipants = 1, maxParticipants = 3, requiresSme = true },
            minGrantEur = 10_000m, maxGrantEur = 200_000m, budgetEur = 500_000m,
            opensAt = Instant(DateTimeOffset.UtcNow.AddHours(-1)),
            deadlineAt = Instant(DateTimeOffset.UtcNow.AddSeconds(20)),
            criteria = new[] { new { code = "quality", nameIt = "Qualità", nameEn = "Quality", weight = 100m, maxScore = 10m, threshold = 6m } },
            passThreshold = 60m,
        })).ReadOkAsync<JsonElement>(HttpStatusCode.Created);
        var callId = draft.GetProperty("id").GetGuid();
        await (await officer.PostAsync($"/api/funding/calls/{callId}/publish", null)).ReadOkAsync<JsonElement>();

        var title = "Telai riciclati " + code;
        var proposal = await (await applicant.PostAsJsonAsync($"/api/funding/calls/{callId}/proposals", new
        {
            title, summary = "Compositi in fibra di carbonio riciclati per telai di e-bike.",
            prioritySystem = "GREEN_TECH", components = new[] { "GREEN" },
            leadBudgetEur = 240_000m, partners = Array.Empty<object>(), requestedGrantEur = 120_000m,
        })).ReadOkAsync<JsonElement>(HttpStatusCode.Created);
        var proposalId = proposal.GetProperty("id").GetGuid();
        var submitted = await (await applicant.PostAsync($"/api/funding/proposals/{proposalId}/submit", null)).ReadOkAsync<JsonElement>();
        Assert.True(submitted.GetProperty("eligible").GetBoolean(), submitted.ToString());

        await Eventually.Until(async () => (await (await officer.GetAsync($"/api/funding/calls/{callId}")).ReadOkAsync<JsonElement>()).GetProperty("status").GetString(),
            s => s == "closed", Timeout, "the deadline to pass");
        return (callId, code, proposalId, title);
    }

    private static async Task<string> SubjectOfAsync(HttpClient officer, string email)
    {
        var people = await (await officer.GetAsync($"/api/identity/people?emailPrefix={Uri.EscapeDataString(email)}")).ReadOkAsync<JsonElement>();
        return people.GetProperty("items").EnumerateArray().Single(p => p.GetProperty("email").GetString() == email).GetProperty("id").GetGuid().ToString();
    }

    /// <summary>The evaluator's record in funding; another test may have registered the same person already.</summary>
    private static async Task<Guid> RegisterEvaluatorAsync(HttpClient officer, string subject, string email)
    {
        using var created = await officer.PostAsJsonAsync("/api/funding/evaluators", new { subject, name = "Valutatrice di prova", email, organisationId = Guid.NewGuid() });
        if (created.StatusCode == HttpStatusCode.Created)
        {
            return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        }
        var evaluators = await (await officer.GetAsync("/api/funding/evaluators?limit=200")).ReadOkAsync<JsonElement>();
        return evaluators.GetProperty("items").EnumerateArray().Single(e => e.GetProperty("subject").GetString() == subject).GetProperty("id").GetGuid();
    }

    private static string Instant(DateTimeOffset instant) => instant.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
}
