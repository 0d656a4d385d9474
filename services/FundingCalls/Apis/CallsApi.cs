using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.FundingCalls.Domain;
using PiedmontSystem.FundingCalls.Infrastructure;
using PiedmontSystem.FundingCalls.Infrastructure.Seeding;
using PiedmontSystem.FundingCalls.IntegrationEvents;
using PiedmontSystem.Persistence;
using PiedmontSystem.RequestHandling.Idempotency;
using PiedmontSystem.ServiceDefaults.Errors;
using PiedmontSystem.ServiceDefaults.Http;
using PiedmontSystem.ServiceDefaults.OpenApi;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.FundingCalls.Apis;

/// <summary>
/// Calls: anyone reads published calls; regional officers draft, publish, amend
/// and conclude them. Opening and closing follow the clock (<see cref="CallClock"/>).
/// </summary>
public static class CallsApi
{
    public static IEndpointRouteBuilder MapCallsApi(this IEndpointRouteBuilder app)
    {
        var calls = app.MapGroup("/api/funding/calls").WithTags("Calls");
        calls.MapGet("/", ListCalls).WithName(nameof(ListCalls))
            .WithSummary("Published calls, filtered by status, instrument, SPI, eligible kind or size class, deadline range; officers also see drafts").AllowAnonymous();
        calls.MapGet("/{id:guid}", GetCall).WithName(nameof(GetCall))
            .WithSummary("A call with its eligibility rules, criteria and amendments; drafts only for officers").AllowAnonymous();
        calls.MapPost("/", DraftCall).WithName(nameof(DraftCall))
            .WithSummary("Draft a call; Idempotency-Key supported").ValidateRequest<CallRequest>()
            .WithIdempotency<FundingDbContext>().RequireAuthorization(Policies.RegionalOfficer);
        calls.MapPut("/{id:guid}", ReviseCall).WithName(nameof(ReviseCall)).RequiresIfMatch()
            .WithSummary("Rewrite a draft; If-Match required").ValidateRequest<CallRequest>().RequireAuthorization(Policies.RegionalOfficer);
        calls.MapPost("/{id:guid}/publish", PublishCall).WithName(nameof(PublishCall)).AcceptsIfMatch()
            .WithSummary("Publish a draft: forthcoming until its opening, then open; If-Match optional").WithIdempotency<FundingDbContext>().RequireAuthorization(Policies.RegionalOfficer);
        calls.MapPost("/{id:guid}/amendments", AmendCall).WithName(nameof(AmendCall)).AcceptsIfMatch()
            .WithSummary("Amend a published call (deadline, opening, budget, text) with a reason; recorded and announced; Idempotency-Key supported")
            .ValidateRequest<AmendmentRequest>().WithIdempotency<FundingDbContext>().RequireAuthorization(Policies.RegionalOfficer);
        calls.MapPost("/{id:guid}/conclude", ConcludeCall).WithName(nameof(ConcludeCall)).AcceptsIfMatch()
            .WithSummary("Conclude an awarded call: its reserve list is closed and those proposals rejected").WithIdempotency<FundingDbContext>().RequireAuthorization(Policies.RegionalOfficer);
        return app;
    }

    public static async Task<Ok<Page<CallResponse>>> ListCalls(
        [AsParameters] FundingServices services, string? status, string? instrument, string? prioritySystem, string? kind, string? sizeClass,
        string? deadlineFrom, string? deadlineTo, string? sort, string? cursor, int? limit)
    {
        var query = CallSearch.Filter(services.Db.Calls.AsNoTracking(), services, status, instrument, prioritySystem, kind, sizeClass, deadlineFrom, deadlineTo);
        var page = await CallSearch.Order(sort).ReadAsync(query, cursor, limit, services.Cancellation);
        var programmes = await ProgrammeCodes.AllAsync(services);
        return TypedResults.Ok(page.Map(c => CallResponses.Of(services, c, programmes[c.ProgrammeId])));
    }

    public static async Task<Results<Ok<CallResponse>, NotFound>> GetCall(Guid id, [AsParameters] FundingServices services)
    {
        var call = await services.Db.Calls.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, services.Cancellation);
        if (call is null || (call.Status == CallStatus.Draft && !services.User.IsRegionalOfficer))
        {
            return TypedResults.NotFound();
        }
        ETags.Set(services.HttpContext, call.Version);
        return TypedResults.Ok(await CallResponses.OfAsync(services, call));
    }

    public static async Task<Created<CallResponse>> DraftCall(CallRequest request, [AsParameters] FundingServices services)
    {
        var programme = await ProgrammeAsync(services, request.ProgrammeCode);
        var call = FundingCall.Draft(programme.Id, request.ToTerms()!, services.Now);
        services.Db.Calls.Add(call);
        services.Audit("call.drafted", "call", call.Id, new { call.Code });
        await SaveUniqueCodeAsync(services, call.Code);
        ETags.Set(services.HttpContext, call.Version);
        return TypedResults.Created($"/api/funding/calls/{call.Id}", CallResponses.Of(services, call, programme.Code));
    }

    public static async Task<Results<Ok<CallResponse>, NotFound>> ReviseCall(Guid id, CallRequest request, [AsParameters] FundingServices services)
    {
        var call = await services.Db.Calls.FirstOrDefaultAsync(c => c.Id == id, services.Cancellation);
        if (call is null)
        {
            return TypedResults.NotFound();
        }
        ETags.RequireMatch(services.HttpContext, call.Version);
        var programme = await ProgrammeAsync(services, request.ProgrammeCode);
        call.Revise(programme.Id, request.ToTerms()!, services.Now);
        services.Audit("call.revised", "call", call.Id, new { call.Code });
        await SaveUniqueCodeAsync(services, call.Code);
        ETags.Set(services.HttpContext, call.Version);
        return TypedResults.Ok(CallResponses.Of(services, call, programme.Code));
    }

    public static async Task<Results<Ok<CallResponse>, NotFound>> PublishCall(Guid id, [AsParameters] FundingServices services)
    {
        var call = await services.Db.Calls.FirstOrDefaultAsync(c => c.Id == id, services.Cancellation);
        if (call is null)
        {
            return TypedResults.NotFound();
        }
        ETags.CheckMatch(services.HttpContext, call.Version);
        await using var transaction = await OwnedTransaction.BeginAsync(services.Db, services.Cancellation);
        var programme = await LockProgrammeAsync(services, call.ProgrammeId);
        programme.CheckRoomForCall(await BudgetOfOtherCallsAsync(services, call), call.BudgetEur);
        call.Publish(services.Now);
        services.RecordChange(FundingEvents.Published(call, programme), "call.published", "call", call.Id, new { call.Code, call.OpensAt, DeadlineAt = call.Deadline.Instant, call.BudgetEur });
        await CallClock.FollowClockAsync(services.Db, call, services.Author, services.Cancellation); // open at once if its opening has passed
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        await transaction.CommitAsync(services.Cancellation);
        ETags.Set(services.HttpContext, call.Version);
        return TypedResults.Ok(CallResponses.Of(services, call, programme.Code));
    }

    public static async Task<Results<Ok<CallResponse>, NotFound>> AmendCall(Guid id, AmendmentRequest request, [AsParameters] FundingServices services)
    {
        // The call's row is held for the amendment, so the call clock cannot close it halfway.
        await using var transaction = await OwnedTransaction.BeginAsync(services.Db, services.Cancellation);
        var exists = await services.Db.LockCallAsync(id, services.Cancellation);
        var call = exists ? await services.Db.Calls.FirstAsync(c => c.Id == id, services.Cancellation) : null;
        if (call is null || call.Status == CallStatus.Draft)
        {
            return TypedResults.NotFound();
        }
        ETags.CheckMatch(services.HttpContext, call.Version);
        var requested = request.ToAmendment();
        var programme = await LockProgrammeAsync(services, call.ProgrammeId);
        if (call.RaisesBudget(requested))
        {
            programme.CheckRoomForCall(await BudgetOfOtherCallsAsync(services, call), requested.BudgetEur!.Value);
        }
        var amendment = call.Amend(requested, services.User.AuditName, services.Now);
        services.RecordChange(FundingEvents.Amended(call, amendment), "call.amended", "call", call.Id, amendment);
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        await transaction.CommitAsync(services.Cancellation);
        ETags.Set(services.HttpContext, call.Version);
        return TypedResults.Ok(CallResponses.Of(services, call, programme.Code));
    }

    public static async Task<Results<Ok<CallResponse>, NotFound>> ConcludeCall(Guid id, [AsParameters] FundingServices services)
    {
        var call = await services.Db.Calls.FirstOrDefaultAsync(c => c.Id == id, services.Cancellation);
        if (call is null)
        {
            return TypedResults.NotFound();
        }
        ETags.CheckMatch(services.HttpContext, call.Version);
        var reserveList = await services.Db.Proposals.Where(p => p.CallId == id && p.Status == ProposalStatus.Reserve).ToListAsync(services.Cancellation);
        var rejections = call.Conclude(reserveList, services.Now);
        ProposalRejections.Record(services, call, rejections);
        services.Audit("call.concluded", "call", call.Id, new { call.Code, rejectedFromReserve = rejections.Count });
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        ETags.Set(services.HttpContext, call.Version);
        return TypedResults.Ok(await CallResponses.OfAsync(services, call));
    }

    private static async Task<Programme> ProgrammeAsync(FundingServices services, string? code)
    {
        code ??= ProgrammeSeeder.PrFesrCode;
        return await services.Db.Programmes.AsNoTracking().FirstOrDefaultAsync(p => p.Code == code, services.Cancellation)
            ?? throw new RequestValidationException("programmeCode", $"There is no programme with code '{code}'.");
    }

    /// <summary>Locks the programme's row (inside the caller's transaction), so two publications cannot share out the same money.</summary>
    private static async Task<Programme> LockProgrammeAsync(FundingServices services, Guid programmeId)
    {
        await services.Db.LockProgrammeAsync(programmeId, services.Cancellation);
        return await services.Db.Programmes.AsNoTracking().FirstAsync(p => p.Id == programmeId, services.Cancellation);
    }

    /// <summary>What the programme has given to its other published calls.</summary>
    private static async Task<Money> BudgetOfOtherCallsAsync(FundingServices services, FundingCall call) =>
        Money.Euros(await services.Db.Calls
            .Where(c => c.ProgrammeId == call.ProgrammeId && c.Id != call.Id && c.Status != CallStatus.Draft)
            .SumAsync(c => (decimal)c.BudgetEur, services.Cancellation));

    private static async Task SaveUniqueCodeAsync(FundingServices services, string code)
    {
        try
        {
            await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            throw FundingRules.CallCodeTaken(code);
        }
    }
}
