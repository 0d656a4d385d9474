using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Internationalisation.Domain.Liaison;
using PiedmontSystem.Internationalisation.Infrastructure;
using PiedmontSystem.Internationalisation.IntegrationEvents;
using PiedmontSystem.Persistence;
using PiedmontSystem.RequestHandling.Idempotency;
using PiedmontSystem.ServiceDefaults.Errors;
using PiedmontSystem.ServiceDefaults.Http;
using PiedmontSystem.ServiceDefaults.OpenApi;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.Internationalisation.Apis.Liaison;

/// <summary>Introductions of SMEs to multinational or foreign partners, made and followed by CEIP officers; an organisation's users read their own.</summary>
public static class IntroductionsApi
{
    private static readonly Keyset<Introduction, DateTimeOffset> Newest = new(i => i.MadeAt, i => i.Id, descending: true);

    public static IEndpointRouteBuilder MapIntroductionsApi(this IEndpointRouteBuilder app)
    {
        var introductions = app.MapGroup("/api/internationalisation/introductions").WithTags("Introductions");
        introductions.MapPost("/", MakeIntroduction).WithName(nameof(MakeIntroduction))
            .WithSummary("Introduce a registry organisation to a multinational or foreign partner, optionally answering a liaison request; Idempotency-Key supported")
            .ValidateRequest<IntroductionRequest>().WithIdempotency<InternationalisationDbContext>().RequireAuthorization(Policies.CeipOfficer);
        introductions.MapGet("/", ListIntroductions).WithName(nameof(ListIntroductions))
            .WithSummary("Introductions, newest first (CEIP officers: all; an organisation's users: their organisation's); filtered by organisation and stage")
            .RequireAuthorization(Policies.Authenticated);
        introductions.MapGet("/{id:guid}", GetIntroduction).WithName(nameof(GetIntroduction))
            .WithSummary("An introduction with its dated steps").RequireAuthorization(Policies.Authenticated);
        introductions.MapPost("/{id:guid}/outcome", RecordIntroductionOutcome).WithName(nameof(RecordIntroductionOutcome)).AcceptsIfMatch()
            .WithSummary("The next step: meeting-held, agreement-signed, or dropped with a reason; only forward, each dated")
            .ValidateRequest<IntroductionOutcomeRequest>().RequireAuthorization(Policies.CeipOfficer);
        return app;
    }

    public static async Task<Created<IntroductionResponse>> MakeIntroduction(IntroductionRequest request, [AsParameters] InternationalisationServices services)
    {
        var organisationId = request.OrganisationId!.Value;
        var name = await services.Db.Organisations.Where(o => o.OrganisationId == organisationId).Select(o => o.LegalName).FirstOrDefaultAsync(services.Cancellation)
            ?? throw LiaisonRules.UnknownOrganisation(organisationId);
        LiaisonRequest? liaison = null;
        if (request.LiaisonRequestId is { } liaisonId)
        {
            liaison = await services.Db.LiaisonRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == liaisonId, services.Cancellation)
                ?? throw LiaisonRules.UnknownLiaisonRequest(liaisonId);
        }
        var introduction = Introduction.Make(organisationId, request.PartnerName!.Trim(), request.PartnerCountry!, request.PartnerKind!.Value, liaison,
            request.IntroducedOn!.Value, string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim(), services.User.AuditName, services.Now);
        services.Db.Introductions.Add(introduction);
        services.RecordChange(LiaisonEvents.Made(introduction), "introduction.made", "introduction", introduction.Id, request);
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        ETags.Set(services.HttpContext, introduction.Version);
        return TypedResults.Created($"/api/internationalisation/introductions/{introduction.Id}", IntroductionResponse.Of(introduction, name));
    }

    public static async Task<Ok<Page<IntroductionResponse>>> ListIntroductions([AsParameters] InternationalisationServices services, Guid? organisationId, string? stage,
        string? cursor, int? limit)
    {
        var query = LiaisonVisibility.Introductions(services.Db.Introductions.AsNoTracking(), services.User);
        if (organisationId is { } organisation)
        {
            query = query.Where(i => i.OrganisationId == organisation);
        }
        if (QueryValues.Enum<IntroductionStage>(stage, "stage") is { } s)
        {
            query = query.Where(i => i.Stage == s);
        }
        var page = await Newest.ReadAsync(query, cursor, limit, services.Cancellation);
        var names = await OrganisationNames.OfAsync(services, page.Rows.Select(i => i.OrganisationId));
        return TypedResults.Ok(page.Map(i => IntroductionResponse.Of(i, names.GetValueOrDefault(i.OrganisationId))));
    }

    public static async Task<Results<Ok<IntroductionResponse>, NotFound>> GetIntroduction(Guid id, [AsParameters] InternationalisationServices services)
    {
        var introduction = await LiaisonVisibility.Introductions(services.Db.Introductions.AsNoTracking(), services.User).FirstOrDefaultAsync(i => i.Id == id, services.Cancellation);
        if (introduction is null)
        {
            return TypedResults.NotFound();
        }
        ETags.Set(services.HttpContext, introduction.Version);
        return TypedResults.Ok(await ResponseAsync(services, introduction));
    }

    public static async Task<Results<Ok<IntroductionResponse>, NotFound>> RecordIntroductionOutcome(Guid id, IntroductionOutcomeRequest request,
        [AsParameters] InternationalisationServices services)
    {
        var introduction = await services.Db.Introductions.FirstOrDefaultAsync(i => i.Id == id, services.Cancellation);
        if (introduction is null)
        {
            return TypedResults.NotFound();
        }
        ETags.CheckMatch(services.HttpContext, introduction.Version);
        introduction.Record(request.Stage!.Value, request.On!.Value, request.Reason);
        services.RecordChange(LiaisonEvents.OutcomeRecorded(introduction, services.Now), "introduction.outcome-recorded", "introduction", introduction.Id, request);
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        ETags.Set(services.HttpContext, introduction.Version);
        return TypedResults.Ok(await ResponseAsync(services, introduction));
    }

    private static async Task<IntroductionResponse> ResponseAsync(InternationalisationServices services, Introduction introduction)
    {
        var names = await OrganisationNames.OfAsync(services, [introduction.OrganisationId]);
        return IntroductionResponse.Of(introduction, names.GetValueOrDefault(introduction.OrganisationId));
    }
}
