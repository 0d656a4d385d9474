using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.FundingCalls.Tests;

public class CallsApiTests(FundingFixture fixture) : IClassFixture<FundingFixture>
{
    private readonly FundingApi _api = fixture.Api;

    [Fact]
    public async Task ProgrammeIsSeededWithHalfEuCofinancing()
    {
        var programmes = await (await _api.Anonymous().GetAsync("/api/funding/programmes")).ReadOkAsync<JsonElement>();

        Assert.Equal(JsonValueKind.Null, programmes.GetProperty("nextCursor").ValueKind);   // a closed list, whole
        var fesr = programmes.GetProperty("items").EnumerateArray().Single(p => p.GetProperty("code").GetString() == "PR-FESR-2021-2027");
        Assert.Equal(0.5m, fesr.GetProperty("euCofinancingRate").GetDecimal());
        Assert.Equal("ERDF", fesr.GetProperty("fund").GetString());
    }

    [Fact]
    public async Task PublishedCallShowsItsTimesInRomeAndIsAnnounced()
    {
        var call = await _api.PublishedCallAsync(body =>
        {
            body["opensAt"] = "2026-01-10T09:00";
            body["deadlineAt"] = "2030-07-15T12:00";
        });

        Assert.Equal("open", call.GetProperty("status").GetString());
        Assert.Equal("2030-07-15T12:00:00+02:00", call.GetProperty("deadlineAt").GetString());
        Assert.Equal("2026-01-10T09:00:00+01:00", call.GetProperty("opensAt").GetString());
        Assert.Equal("Europe/Rome", call.GetProperty("timeZone").GetString());
        Assert.Equal(["call-published", "call-opened"], await _api.EventsMentioningAsync(FundingApi.Id(call).ToString()));
    }

    [Fact]
    public async Task CallIsShownInTheLanguageAskedWithBothTranslations()
    {
        var call = await _api.PublishedCallAsync();
        var client = _api.Anonymous();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("it");

        var read = await (await client.GetAsync($"/api/funding/calls/{FundingApi.Id(call)}")).ReadOkAsync<JsonElement>();

        Assert.Equal("Bando di prova", read.GetProperty("title").GetString());
        Assert.Equal("Test call", read.GetProperty("translations").GetProperty("en").GetProperty("title").GetString());
    }

    [Fact]
    public async Task DraftIsHiddenFromThePublic()
    {
        var draft = await _api.DraftCallAsync(_api.CallBody());

        await (await _api.Anonymous().GetAsync($"/api/funding/calls/{FundingApi.Id(draft)}")).ReadProblemAsync(HttpStatusCode.NotFound);
        var list = await (await _api.Anonymous().GetAsync("/api/funding/calls?limit=200")).ReadOkAsync<JsonElement>();
        Assert.DoesNotContain(list.GetProperty("items").EnumerateArray(), c => FundingApi.Id(c) == FundingApi.Id(draft));
        var officers = await (await _api.Officer().GetAsync("/api/funding/calls?status=draft&limit=200")).ReadOkAsync<JsonElement>();
        Assert.Contains(officers.GetProperty("items").EnumerateArray(), c => FundingApi.Id(c) == FundingApi.Id(draft));
    }

    [Fact]
    public async Task PublicListFiltersByStatusInstrumentSpiKindSizeAndDeadline()
    {
        var marker = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var now = _api.Clock.GetUtcNow();
        var voucher = await _api.PublishedCallAsync(b =>
        {
            b["code"] = $"V-{marker}";
            b["instrument"] = "innovation-services-voucher";
            b["eligiblePrioritySystems"] = new[] { "FOOD" };
            b["eligibleKinds"] = new[] { "enterprise" };
            b["eligibleSizeClasses"] = new[] { "micro" };
            b["deadlineAt"] = FundingApi.Instant(now.AddDays(40));
        });
        var forthcoming = await _api.PublishedCallAsync(b =>
        {
            b["code"] = $"F-{marker}";
            b["opensAt"] = FundingApi.Instant(now.AddDays(5));
            b["deadlineAt"] = FundingApi.Instant(now.AddDays(41));
        });
        var range = $"deadlineFrom={Uri.EscapeDataString(FundingApi.Instant(now.AddDays(39)))}&deadlineTo={Uri.EscapeDataString(FundingApi.Instant(now.AddDays(42)))}";

        async Task<string[]> Codes(string filter) =>
            (await (await _api.Anonymous().GetAsync($"/api/funding/calls?{range}&{filter}")).ReadOkAsync<JsonElement>())
                .GetProperty("items").EnumerateArray().Select(c => c.GetProperty("code").GetString()!).Where(c => c.EndsWith(marker, StringComparison.Ordinal)).ToArray();

        Assert.Equal([$"V-{marker}", $"F-{marker}"], await Codes("sort=deadline"));
        Assert.Equal([$"V-{marker}"], await Codes("status=open"));
        Assert.Equal([$"F-{marker}"], await Codes("status=forthcoming"));
        Assert.Equal([$"V-{marker}"], await Codes("instrument=innovation-services-voucher"));
        Assert.Equal([$"V-{marker}"], await Codes("prioritySystem=FOOD"));   // F is open to GREEN_TECH and MANUFACTURING only
        Assert.Equal([$"V-{marker}"], await Codes("prioritySystem=food&instrument=innovation-services-voucher"));
        Assert.Equal([$"F-{marker}"], await Codes("kind=university"));
        Assert.Equal([$"F-{marker}"], await Codes("sizeClass=small"));
        Assert.Equal([$"F-{marker}", $"V-{marker}"], await Codes("sort=-deadline"));
        Assert.NotEqual(FundingApi.Id(voucher), FundingApi.Id(forthcoming));
    }

    [Fact]
    public async Task ListIsPaginatedWithACursor()
    {
        var marker = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var deadline = _api.Clock.GetUtcNow().AddDays(200);
        for (var i = 0; i < 3; i++)
        {
            await _api.PublishedCallAsync(b =>
            {
                b["code"] = $"P{i}-{marker}";
                b["deadlineAt"] = FundingApi.Instant(deadline.AddMinutes(i));
            });
        }
        var from = Uri.EscapeDataString(FundingApi.Instant(deadline));
        var to = Uri.EscapeDataString(FundingApi.Instant(deadline.AddMinutes(2)));

        var first = await (await _api.Anonymous().GetAsync($"/api/funding/calls?deadlineFrom={from}&deadlineTo={to}&limit=2")).ReadOkAsync<JsonElement>();
        var cursor = first.GetProperty("nextCursor").GetString();
        var second = await (await _api.Anonymous().GetAsync($"/api/funding/calls?deadlineFrom={from}&deadlineTo={to}&limit=2&cursor={cursor}")).ReadOkAsync<JsonElement>();

        Assert.Equal([$"P0-{marker}", $"P1-{marker}"], first.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("code").GetString()));
        Assert.Equal([$"P2-{marker}"], second.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("code").GetString()));
        Assert.Equal(JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);
    }

    [Theory]
    [InlineData("deadlineAt", "2027-03-28T02:30", "deadlineAt")]
    [InlineData("deadlineAt", "2027-10-31T02:30", "deadlineAt")]
    [InlineData("eligibleKinds", "spaceship", "eligibleKinds[0]")]
    [InlineData("code", "lower case", "code")]
    [InlineData("maxGrantEur", "5000000", "maxGrantEur")]
    public async Task BadCallIsRefusedNamingTheFieldAndNothingIsStored(string field, string value, string errorField)
    {
        var body = _api.CallBody();
        body[field] = field == "eligibleKinds" ? new[] { value } : field == "maxGrantEur" ? decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : value;

        var problem = await (await _api.Officer().PostAsJsonAsync("/api/funding/calls", body)).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains(errorField, problem.ErrorFields());
        var officers = await (await _api.Officer().GetAsync("/api/funding/calls?status=draft&limit=200")).ReadOkAsync<JsonElement>();
        Assert.DoesNotContain(officers.GetProperty("items").EnumerateArray(), c => c.GetProperty("code").GetString() == (string?)body["code"]);
    }

    [Fact]
    public async Task EmptyCriterionIsAValidationErrorNotAFault()
    {
        var body = _api.CallBody();
        body["criteria"] = new object?[] { null };

        var problem = await (await _api.Officer().PostAsJsonAsync("/api/funding/calls", body)).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("criteria[0]", problem.ErrorFields());
    }

    [Fact]
    public async Task CriteriaWeightsMustAddUpTo100()
    {
        var body = _api.CallBody();
        body["criteria"] = new[] { new { code = "quality", nameIt = "Q", nameEn = "Q", weight = 50m, maxScore = 10m, threshold = 0m } };

        var problem = await (await _api.Officer().PostAsJsonAsync("/api/funding/calls", body)).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("criteria", problem.ErrorFields());
    }

    [Fact]
    public async Task DraftRevisionNeedsTheETagAndRefusesAStaleOne()
    {
        var draft = await _api.DraftCallAsync(_api.CallBody());
        var id = FundingApi.Id(draft);
        var body = _api.CallBody((string)draft.GetProperty("code").GetString()!);
        body["titleEn"] = "Revised test call";

        await (await _api.Officer().PutAsJsonAsync($"/api/funding/calls/{id}", body)).ReadProblemAsync(HttpStatusCode.PreconditionRequired);
        var read = await _api.Officer().GetAsync($"/api/funding/calls/{id}");
        var etag = read.Headers.ETag!.Tag;
        var revise = new HttpRequestMessage(HttpMethod.Put, $"/api/funding/calls/{id}") { Content = JsonContent.Create(body) };
        revise.Headers.IfMatch.ParseAdd(etag);
        var revised = await (await _api.Officer().SendAsync(revise)).ReadOkAsync<JsonElement>();
        var stale = new HttpRequestMessage(HttpMethod.Put, $"/api/funding/calls/{id}") { Content = JsonContent.Create(body) };
        stale.Headers.IfMatch.ParseAdd(etag);

        await (await _api.Officer().SendAsync(stale)).ReadProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal("Revised test call", revised.GetProperty("translations").GetProperty("en").GetProperty("title").GetString());
    }

    [Fact]
    public async Task DeadlineExtensionIsRecordedAndAnnounced()
    {
        var call = await _api.PublishedCallAsync();
        var id = FundingApi.Id(call);
        var extended = call.GetProperty("deadlineAt").GetDateTimeOffset().AddDays(7);

        var amended = await (await _api.Officer().PostAsJsonAsync($"/api/funding/calls/{id}/amendments",
            new { reason = "Extended at the clusters' request", deadlineAt = FundingApi.Instant(extended) })).ReadOkAsync<JsonElement>();

        Assert.Equal(extended, amended.GetProperty("deadlineAt").GetDateTimeOffset());
        var amendment = Assert.Single(amended.GetProperty("amendments").EnumerateArray());
        Assert.Equal(1, amendment.GetProperty("number").GetInt32());
        Assert.Equal("deadlineAt", amendment.GetProperty("changes")[0].GetProperty("field").GetString());
        Assert.Equal("call-amended", (await _api.EventsMentioningAsync(id.ToString()))[^1]);
        var audit = await (await _api.Officer().GetAsync($"/api/funding/audit?entityType=call&entityId={id}")).ReadOkAsync<JsonElement>();
        Assert.Contains(audit.GetProperty("items").EnumerateArray(), e => e.GetProperty("action").GetString() == "call.amended");
    }

    [Fact]
    public async Task AmendmentRepeatedWithItsIdempotencyKeyIsMadeOnce()
    {
        var call = await _api.PublishedCallAsync();
        var id = FundingApi.Id(call);
        var client = _api.Officer();
        client.DefaultRequestHeaders.Add("Idempotency-Key", Guid.NewGuid().ToString());
        var body = new { reason = "More money for the clusters", budgetEur = 1_200_000m };

        var first = await (await client.PostAsJsonAsync($"/api/funding/calls/{id}/amendments", body)).ReadOkAsync<JsonElement>();
        var replay = await client.PostAsJsonAsync($"/api/funding/calls/{id}/amendments", body);

        Assert.Equal("true", replay.Headers.GetValues("Idempotency-Replayed").Single());
        Assert.Equal(first.GetProperty("budgetEur").GetDecimal(), (await replay.ReadOkAsync<JsonElement>()).GetProperty("budgetEur").GetDecimal());
        var read = await (await _api.Anonymous().GetAsync($"/api/funding/calls/{id}")).ReadOkAsync<JsonElement>();
        Assert.Equal(1, read.GetProperty("amendments").GetArrayLength());
        Assert.Equal(1, (await _api.EventsMentioningAsync(id.ToString())).Count(e => e == "call-amended"));
    }

    [Fact]
    public async Task OpenCallDeadlineCannotBeBroughtForward()
    {
        var call = await _api.PublishedCallAsync();
        var id = FundingApi.Id(call);
        var earlier = call.GetProperty("deadlineAt").GetDateTimeOffset().AddHours(-2);

        var problem = await (await _api.Officer().PostAsJsonAsync($"/api/funding/calls/{id}/amendments",
            new { reason = "Shorter, please", deadlineAt = FundingApi.Instant(earlier) })).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("deadlineAt", problem.ErrorFields());
        var read = await (await _api.Anonymous().GetAsync($"/api/funding/calls/{id}")).ReadOkAsync<JsonElement>();
        Assert.Equal(call.GetProperty("deadlineAt").GetDateTimeOffset(), read.GetProperty("deadlineAt").GetDateTimeOffset());
        Assert.Empty(read.GetProperty("amendments").EnumerateArray());
    }

    [Fact]
    public async Task CallCannotTakeMoreThanTheProgrammeHasLeft()
    {
        var body = _api.CallBody();
        body["budgetEur"] = 2_000_000_000m;
        var draft = await _api.DraftCallAsync(body);

        var problem = await (await _api.Officer().PostAsync($"/api/funding/calls/{FundingApi.Id(draft)}/publish", null)).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Equal("urn:piedmont:problem:programme-budget-exceeded", problem.GetProperty("type").GetString());
        await (await _api.Anonymous().GetAsync($"/api/funding/calls/{FundingApi.Id(draft)}")).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ClockOpensAndClosesTheCallAndAnnouncesBoth()
    {
        var now = _api.Clock.GetUtcNow();
        var call = await _api.PublishedCallAsync(b =>
        {
            b["opensAt"] = FundingApi.Instant(now.AddHours(1));
            b["deadlineAt"] = FundingApi.Instant(now.AddHours(2));
        });
        var id = FundingApi.Id(call);
        Assert.Equal("forthcoming", call.GetProperty("status").GetString());
        try
        {
            _api.Clock.Set(now.AddHours(1).AddSeconds(1));
            await Eventually.Until(async () => await _api.EventsMentioningAsync(id.ToString()), e => e.Contains("call-opened"), TimeSpan.FromSeconds(15), "call-opened");
            _api.Clock.Set(now.AddHours(2).AddSeconds(1));
            var events = await Eventually.Until(async () => await _api.EventsMentioningAsync(id.ToString()), e => e.Contains("call-closed"), TimeSpan.FromSeconds(15), "call-closed");

            Assert.Equal(["call-published", "call-opened", "call-closed"], events);
            var read = await (await _api.Anonymous().GetAsync($"/api/funding/calls/{id}")).ReadOkAsync<JsonElement>();
            Assert.Equal("closed", read.GetProperty("status").GetString());
        }
        finally
        {
            _api.Clock.Reset();
        }
    }
}
