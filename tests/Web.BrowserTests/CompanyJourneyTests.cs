using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PiedmontSystem.ServiceDefaults.Security;
using PiedmontSystem.TestInfrastructure;
using Xunit.Abstractions;

namespace PiedmontSystem.Web.BrowserTests;

/// <summary>
/// A company's ways through the portal: registering its organisation and joining a cluster, then a
/// proposal to an open call; a start-up's accelerator application; a request to CEIP and its progress.
/// Staff steps the company waits on are taken by staff in the portal where their page exists, and
/// through the API (development tokens) where the test only sets the stage.
/// </summary>
[Collection(PortalTestGroup.Name)]
public sealed class CompanyJourneyTests(PortalFixture platform, ITestOutputHelper output)
{
    private const string Password = "lichen-orchard-4729-beacon";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_company_registers_joins_CLEVER_once_approved_and_submits_a_proposal_to_an_open_call()
    {
        var legalName = "Solare Canavese " + Unique() + " S.r.l.";
        await using var company = await platform.StartJourneyAsync("company-joins-a-cluster-and-submits-a-proposal", output);
        var page = company.Page;
        await SignUpAndInAsync(company, "Giulia Bianchi");

        // Registration: the registry's validation reaches the fields it names.
        await page.GetByRole(AriaRole.Link, new() { Name = "Registra la tua organizzazione" }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Registra la tua organizzazione");
        await FillOrganisationAsync(page, legalName, vatNumber: "12345678901", startup: false);
        await page.GetByRole(AriaRole.Button, new() { Name = "Registra l'organizzazione" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("problem-summary")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#field-vatnumber")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator("#field-vatnumber-error")).ToBeVisibleAsync();
        await company.StepAsync("the registry's message next to the VAT number");

        await page.GetByLabel("Partita IVA").FillAsync(TestData.VatNumber());
        await page.GetByRole(AriaRole.Button, new() { Name = "Registra l'organizzazione" }).ClickAsync();
        await WaitForOrganisationAsync(page, legalName);
        await Assertions.Expect(page.GetByTestId("organisation-profile")).ToContainTextAsync("Piccola impresa");
        await company.StepAsync("the organisation's profile, its administrator signed in for it");

        await page.Locator("#field-clustercode").SelectOptionAsync(PlatformFixture.ManagedCluster);
        await page.GetByRole(AriaRole.Button, new() { Name = "Chiedi di aderire" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("membership-asked")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId($"membership-{PlatformFixture.ManagedCluster}")).ToContainTextAsync("In attesa di approvazione");
        await company.StepAsync("the request to join CLEVER awaits approval");

        // The cluster's manager approves it on the memberships page (agreed selectors: a row with the
        // organisation's legal name, and in it the button "Approva").
        var manager = PlatformFixture.People.Single(p => p.Role == Roles.ClusterManager);
        await using (var managerJourney = await platform.StartJourneyAsync("cluster-manager-approves-a-membership", output))
        {
            await managerJourney.SignInAsync(manager.Email, manager.Password);
            await managerJourney.GotoAsync("/workspace/memberships");
            var row = managerJourney.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = legalName });
            await row.GetByRole(AriaRole.Button, new() { Name = "Approva" }).ClickAsync();
            await Assertions.Expect(managerJourney.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = legalName }).GetByRole(AriaRole.Button, new() { Name = "Approva" }))
                .ToHaveCountAsync(0);
            await managerJourney.StepAsync("the request approved");
        }

        await company.GotoAsync("/organisation");
        await Assertions.Expect(page.GetByTestId($"membership-{PlatformFixture.ManagedCluster}")).ToContainTextAsync("Attiva");
        await company.StepAsync("the membership of CLEVER is active");

        // An open call, found in the opportunities feed.
        var organisationId = await OrganisationIdAsync(legalName);
        var callId = await OpenCallAsync();
        await Eventually.Until(() => Officer().GetAsync($"/api/funding/applicants/{organisationId}"), r => r.StatusCode == HttpStatusCode.OK, Timeout, "the funding service to know the company");
        await company.GotoAsync("/");
        // The feed is fed by the funding service's events: the call shows once the portal consumed them.
        var card = page.Locator($"a[href='/calls/{callId}']");
        await Eventually.Until(async () =>
        {
            await page.ReloadAsync();
            return await card.CountAsync() > 0;
        }, Timeout, "the open call in the opportunities feed");
        await company.StepAsync("the open call in the opportunities feed");
        await card.First.ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith($"/calls/{callId}", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByTestId("call-status")).ToHaveTextAsync("Aperto");
        await Assertions.Expect(page.GetByTestId("call-eligibility")).ToContainTextAsync("Soddisfatto");
        await Assertions.Expect(page.GetByTestId("call-eligibility")).Not.ToContainTextAsync("Non soddisfatto");
        await company.StepAsync("the call, with the company's eligibility");

        await page.GetByRole(AriaRole.Link, new() { Name = "Presenta una proposta" }).ClickAsync();
        await page.GetByLabel("Titolo del progetto").FillAsync("Fotovoltaico su tetti agricoli");
        await page.GetByLabel("Sintesi del progetto").FillAsync("Pannelli leggeri per le stalle del Canavese, con monitoraggio della produzione.");
        await page.GetByLabel("Sistema prioritario S3").SelectOptionAsync("GREEN_TECH");
        await Journey.TickAsync(page.GetByLabel("Transizione verde"));
        await page.GetByLabel("Costi del capofila in euro").FillAsync("200000");
        await page.GetByLabel("Contributo richiesto in euro").FillAsync("100000");
        await company.StepAsync("the proposal form, filled in");
        await page.GetByRole(AriaRole.Button, new() { Name = "Presenta la proposta" }).ClickAsync();

        await page.WaitForURLAsync(new Regex("/proposals/[0-9a-f-]{36}"));
        await Assertions.Expect(page.GetByTestId("proposal-receipt")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("receipt-number")).ToContainTextAsync("/1");
        await Assertions.Expect(page.GetByTestId("proposal-status")).ToHaveTextAsync("Presentata, ammissibile");
        await company.StepAsync("the proposal's receipt");
    }

    [Fact]
    public async Task A_start_up_applies_to_an_open_accelerator_intake_and_gets_its_receipt()
    {
        var legalName = "Fibra Riciclata " + Unique() + " S.r.l.";
        await using var startup = await platform.StartJourneyAsync("start-up-applies-to-the-accelerator", output, language: "en");
        var page = startup.Page;
        await SignUpAndInAsync(startup, "Marco Verdi");
        await page.GetByRole(AriaRole.Link, new() { Name = "Register your organisation" }).First.ClickAsync();
        await FillOrganisationAsync(page, legalName, TestData.VatNumber(), startup: true);
        await page.GetByRole(AriaRole.Button, new() { Name = "Register the organisation" }).ClickAsync();
        await WaitForOrganisationAsync(page, legalName);
        await startup.StepAsync("the start-up's profile");

        var organisationId = await OrganisationIdAsync(legalName);
        var intakeId = await OpenIntakeAsync(organisationId);
        await startup.GotoAsync($"/intakes/{intakeId}");
        await Assertions.Expect(page.GetByTestId("intake-status")).ToHaveTextAsync("Open for applications");
        await startup.StepAsync("the intake");

        await page.GetByRole(AriaRole.Link, new() { Name = "Apply" }).ClickAsync();
        await page.GetByLabel("Founder's full name").FillAsync("Marco Verdi");
        await page.GetByLabel("Founder's role").FillAsync("CEO");
        await page.GetByLabel("S3 priority system").SelectOptionAsync("GREEN_TECH");
        await page.GetByLabel("Stage").SelectOptionAsync("mvp");
        await page.GetByLabel("Pitch").FillAsync("Recycled carbon fibre for e-bike frames, made in Turin.");
        await page.GetByLabel("Last year's revenue in euros").FillAsync("50000");
        await page.GetByLabel("Customers or users").FillAsync("12");
        await page.GetByLabel("Funding raised in euros").FillAsync("100000");
        await page.GetByLabel("Countries of interest").FillAsync("DE, AT");
        await startup.StepAsync("the application form, filled in");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit the application" }).ClickAsync();

        await page.WaitForURLAsync(new Regex("/applications/[0-9a-f-]{36}"));
        await Assertions.Expect(page.GetByTestId("application-receipt")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("application-status")).ToHaveTextAsync("Submitted, awaiting selection");
        await Assertions.Expect(page.GetByTestId("application-ineligible")).ToHaveCountAsync(0);
        await startup.StepAsync("the application's receipt");
    }

    [Fact]
    public async Task A_company_asks_CEIP_for_a_service_and_follows_its_progress()
    {
        var legalName = "Tessuti Biellesi " + Unique() + " S.p.A.";
        await using var company = await platform.StartJourneyAsync("company-asks-ceip-for-a-service", output);
        var page = company.Page;
        await SignUpAndInAsync(company, "Anna Rossi");
        await page.GetByRole(AriaRole.Link, new() { Name = "Registra la tua organizzazione" }).First.ClickAsync();
        await FillOrganisationAsync(page, legalName, TestData.VatNumber(), startup: false);
        await page.GetByRole(AriaRole.Button, new() { Name = "Registra l'organizzazione" }).ClickAsync();
        await WaitForOrganisationAsync(page, legalName);

        await page.GetByRole(AriaRole.Link, new() { Name = "Internazionalizzazione" }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("CEIP");
        await company.StepAsync("the CEIP area, with no request yet");

        await page.GetByRole(AriaRole.Button, new() { Name = "Invia la richiesta al CEIP" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("problem-summary")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#field-kind")).ToHaveAttributeAsync("aria-invalid", "true");
        await company.StepAsync("what is missing, named at each field");

        await page.GetByLabel("Di cosa hai bisogno").SelectOptionAsync("partner-search");
        await page.GetByLabel("Paesi di interesse").FillAsync("FR, DE");
        await Journey.TickAsync(page.GetByLabel("Manifattura avanzata"));
        await page.GetByLabel("Descrivi la richiesta").FillAsync("Cerchiamo distributori di tessuti tecnici in Francia e Germania.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Invia la richiesta al CEIP" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/internationalisation/requests/[0-9a-f-]{36}"));
        await Assertions.Expect(page.GetByTestId("liaison-status")).ToHaveTextAsync("Da valutare");
        await company.StepAsync("the request received");

        // CEIP takes it on: accepted, assigned to an officer, a message for the company.
        var requestId = Guid.Parse(new Uri(page.Url).AbsolutePath.Split('/').Last());
        var ceip = platform.CreateClient().WithToken(Roles.CeipOfficer, subject: "ceip-officer-journey");
        await (await ceip.PostAsJsonAsync($"/api/internationalisation/liaison-requests/{requestId}/assessment", new { decision = "accepted" })).ReadOkAsync<JsonElement>();
        await (await ceip.PostAsJsonAsync($"/api/internationalisation/liaison-requests/{requestId}/assignment", new { officerSubject = "ceip-officer-journey", officerName = "Laura Ferri" }))
            .ReadOkAsync<JsonElement>();
        await (await ceip.PostAsJsonAsync($"/api/internationalisation/liaison-requests/{requestId}/notes",
            new { text = "Abbiamo due distributori a Lione interessati: vi scriviamo entro venerdì.", visibleToRequester = true })).ReadOkAsync<JsonElement>(HttpStatusCode.Created);

        await company.GotoAsync($"/internationalisation/requests/{requestId}");
        await Assertions.Expect(page.GetByTestId("liaison-status")).ToHaveTextAsync("In lavorazione");
        await Assertions.Expect(page.GetByTestId("liaison-progress")).ToContainTextAsync("Laura Ferri");
        await Assertions.Expect(page.GetByTestId("liaison-notes")).ToContainTextAsync("distributori a Lione");
        await company.StepAsync("the request in progress, with CEIP's message");

        await page.GetByRole(AriaRole.Link, new() { Name = "Internazionalizzazione" }).Last.ClickAsync();
        await Assertions.Expect(page.GetByTestId("liaison-requests")).ToContainTextAsync("Ricerca di partner");
        await company.StepAsync("the company's requests");
    }

    private static async Task SignUpAndInAsync(Journey journey, string name)
    {
        var email = $"{Unique().ToLowerInvariant()}@company-journeys.example";
        await journey.SignUpAsync(email, name, Password);
        await journey.SignInAsync(email, Password);
    }

    private static async Task FillOrganisationAsync(IPage page, string legalName, string vatNumber, bool startup)
    {
        var italian = await page.Locator("html").GetAttributeAsync("lang") == "it";
        string L(string it, string en) => italian ? it : en;
        await page.GetByLabel(L("Ragione sociale", "Legal name")).FillAsync(legalName);
        await page.GetByLabel(L("Partita IVA", "VAT number")).FillAsync(vatNumber);
        await page.GetByLabel(L("Tipo di organizzazione", "Kind of organisation")).SelectOptionAsync("enterprise");
        await page.GetByLabel(L("Provincia della sede", "Province of the seat")).SelectOptionAsync("TO");
        await page.GetByLabel(L("Data di costituzione", "Founded on")).FillAsync(startup ? "2023-04-12" : "2009-06-01");
        if (startup)
        {
            await Journey.TickAsync(page.GetByLabel(L("Start-up innovativa", "Innovative start-up")));
        }
        await page.GetByLabel(L("Addetti", "Staff headcount")).FillAsync(startup ? "4" : "14");
        await page.GetByLabel(L("Fatturato annuo in euro", "Annual turnover in euros")).FillAsync(startup ? "90000" : "1800000");
        await Journey.TickAsync(page.GetByLabel(L("Tecnologie, risorse e materiali verdi", "Green technologies")));
    }

    /// <summary>
    /// After registering, the portal fetches a token naming the organisation; while the identity
    /// service has not yet made the person its administrator, the page says so and offers "Continua".
    /// </summary>
    private static async Task WaitForOrganisationAsync(IPage page, string legalName)
    {
        await Eventually.Until(async () =>
        {
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            if (await page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = legalName }).CountAsync() > 0)
            {
                return true;
            }
            var next = page.GetByRole(AriaRole.Link, new() { Name = "Continua" }).Or(page.GetByRole(AriaRole.Link, new() { Name = "Continue" }));
            if (await next.CountAsync() > 0)
            {
                await next.First.ClickAsync();
            }
            return false;
        }, Timeout, "the organisation's page");
    }

    private async Task<Guid> OrganisationIdAsync(string legalName)
    {
        var found = await (await platform.CreateClient().GetAsync("/api/registry/organisations?namePrefix=" + Uri.EscapeDataString(legalName))).ReadOkAsync<JsonElement>();
        return found.GetProperty("items").EnumerateArray().Single(o => o.GetProperty("legalName").GetString() == legalName).GetProperty("id").GetGuid();
    }

    private HttpClient Officer() => platform.CreateClient().WithToken(Roles.RegionalOfficer);

    /// <summary>An open call for SMEs in green technologies: opened an hour ago, a month to go.</summary>
    private async Task<Guid> OpenCallAsync()
    {
        var officer = Officer();
        var draft = await (await officer.PostAsJsonAsync("/api/funding/calls", new
        {
            code = "WEB-" + Unique().ToUpperInvariant(),
            titleIt = "Transizione verde delle PMI", titleEn = "Green transition of SMEs",
            textIt = "Contributi per progetti di innovazione delle PMI nelle tecnologie verdi.", textEn = "Grants for SMEs' innovation projects in green technologies.",
            instrument = "collaborative-rd-project",
            eligibleKinds = new[] { "enterprise" },
            eligibleSizeClasses = new[] { "micro", "small", "medium" },
            eligiblePrioritySystems = new[] { "GREEN_TECH" },
            endorsementRequired = false,
            consortium = new { minParticipants = 1, maxParticipants = 3, requiresSme = true },
            minGrantEur = 10_000m, maxGrantEur = 200_000m, budgetEur = 1_000_000m,
            opensAt = Instant(DateTimeOffset.UtcNow.AddHours(-1)),
            deadlineAt = Instant(DateTimeOffset.UtcNow.AddDays(30)),
            criteria = new[] { new { code = "quality", nameIt = "Qualità", nameEn = "Quality", weight = 100m, maxScore = 10m, threshold = 6m } },
            passThreshold = 60m,
        })).ReadOkAsync<JsonElement>(HttpStatusCode.Created);
        var callId = draft.GetProperty("id").GetGuid();
        await (await officer.PostAsync($"/api/funding/calls/{callId}/publish", null)).ReadOkAsync<JsonElement>();
        return callId;
    }

    /// <summary>An open intake for innovative start-ups, its services given by a university incubator.</summary>
    private async Task<Guid> OpenIntakeAsync(Guid startupId)
    {
        var incubator = await (await platform.CreateClient().WithToken(Roles.OrganisationUser, Guid.NewGuid()).PostAsJsonAsync("/api/registry/organisations", new
        {
            legalName = "Incubatore Universitario " + Unique(), vatNumber = TestData.VatNumber(), kind = "university", province = "TO", headcount = 900,
        })).ReadOkAsync<JsonElement>(HttpStatusCode.Created);
        var incubatorId = incubator.GetProperty("id").GetGuid();
        var manager = platform.CreateClient().WithToken(Roles.AcceleratorManager, subject: "accelerator-journey");
        foreach (var organisation in new[] { startupId, incubatorId })
        {
            await Eventually.Until(() => manager.GetAsync($"/api/accelerator/candidates/{organisation}"), r => r.StatusCode == HttpStatusCode.OK, Timeout, "the accelerator to know the organisation");
        }
        var now = DateTimeOffset.UtcNow;
        var draft = await (await manager.PostAsJsonAsync("/api/accelerator/intakes", new
        {
            code = "BA-WEB-" + Unique().ToUpperInvariant()[..6],
            year = 2026,
            titleIt = "Business Accelerator: tecnologie verdi", titleEn = "Business Accelerator: green technologies",
            descriptionIt = "Sei mesi di formazione e consulenza per start-up innovative.", descriptionEn = "Six months of training and consulting for innovative start-ups.",
            prioritySystems = new[] { "GREEN_TECH" },
            eligibility = new { kinds = new[] { "enterprise" }, innovativeStartupsOnly = true, foundedFrom = "2020-01-01" },
            opensAt = Instant(now.AddHours(-1)), deadlineAt = Instant(now.AddDays(20)),
            cohortCapacity = 10, serviceMonths = 6,
            services = new[] { new { kind = "training", descriptionIt = "Formazione", descriptionEn = "Training", plannedHours = 40m } },
            providerIds = new[] { incubatorId },
            rubric = new[] { new { code = "team", nameIt = "Squadra", nameEn = "Team", weight = 1m } },
        })).ReadOkAsync<JsonElement>(HttpStatusCode.Created);
        var intakeId = draft.GetProperty("id").GetGuid();
        await (await manager.PostAsync($"/api/accelerator/intakes/{intakeId}/publish", null)).ReadOkAsync<JsonElement>();
        return intakeId;
    }

    private static string Unique() => Guid.NewGuid().ToString("N")[..10];

    private static string Instant(DateTimeOffset instant) => instant.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
}
