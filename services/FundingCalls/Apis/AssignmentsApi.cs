using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.FundingCalls.Domain;
using PiedmontSystem.FundingCalls.Infrastructure;
using PiedmontSystem.Persistence;
using PiedmontSystem.RequestHandling.Idempotency;
using PiedmontSystem.ServiceDefaults.Errors;
using PiedmontSystem.ServiceDefaults.Http;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.FundingCalls.Apis;

/// <summary>
/// Assignments: officers assign evaluators to eligible proposals of a call under evaluation (never
/// to a proposal of their own organisation); evaluators list their own.
/// </summary>
public static class AssignmentsApi
{
    public static IEndpointRouteBuilder MapAssignmentsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/funding/proposals/{proposalId:guid}/assignments", AssignEvaluator).WithTags("Evaluation").WithName(nameof(AssignEvaluator))
            .WithSummary("Assign an evaluator to an eligible proposal; refused on a conflict of interest; Idempotency-Key supported")
            .ValidateRequest<AssignmentRequest>().WithIdempotency<FundingDbContext>().RequireAuthorization(Policies.RegionalOfficer);
        app.MapGet("/api/funding/assignments", ListAssignments).WithTags("Evaluation").WithName(nameof(ListAssignments))
            .WithSummary("An evaluator's own assignments; officers all (filter by call or proposal); oldest first, a page at a time").RequireAuthorization(Policies.Authenticated);
        return app;
    }

    public static async Task<Results<Created<AssignmentResponse>, NotFound>> AssignEvaluator(Guid proposalId, AssignmentRequest request, [AsParameters] FundingServices services)
    {
        var proposal = await services.Db.Proposals.AsNoTracking().FirstOrDefaultAsync(p => p.Id == proposalId, services.Cancellation);
        if (proposal is null)
        {
            return TypedResults.NotFound();
        }
        var call = await services.Db.Calls.AsNoTracking().FirstAsync(c => c.Id == proposal.CallId, services.Cancellation);
        call.CheckAcceptsAssignments(services.Now);
        var evaluator = await services.Db.Evaluators.AsNoTracking().FirstOrDefaultAsync(e => e.Id == request.EvaluatorId, services.Cancellation)
            ?? throw new RequestValidationException("evaluatorId", $"There is no evaluator {request.EvaluatorId}.");
        var assignment = Assignment.Create(proposal, evaluator, services.User.AuditName, services.Now);
        services.Db.Assignments.Add(assignment);
        services.Audit("proposal.evaluator-assigned", "proposal", proposal.Id, new { evaluatorId = evaluator.Id, evaluator.Subject });
        try
        {
            await services.Db.SaveChangesAsync(services.Cancellation);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            throw FundingRules.AlreadyAssigned(evaluator.Name);
        }
        return TypedResults.Created($"/api/funding/assignments?proposalId={proposal.Id}", AssignmentResponse.Of(assignment, call, proposal, evaluator));
    }

    public static async Task<Ok<Page<AssignmentResponse>>> ListAssignments([AsParameters] FundingServices services, Guid? callId, Guid? proposalId, string? cursor, int? limit)
    {
        var query = services.Db.Assignments.AsNoTracking();
        if (!services.User.IsRegionalOfficer)
        {
            var evaluatorId = await CallingEvaluator.IdAsync(services);
            query = query.Where(a => a.EvaluatorId == evaluatorId);
        }
        if (callId is { } c)
        {
            query = query.Where(a => a.CallId == c);
        }
        if (proposalId is { } p)
        {
            query = query.Where(a => a.ProposalId == p);
        }
        var take = Paging.Limit(limit);
        var rows = await OldestFirst.Apply(query, cursor).Take(take + 1)
            .Join(services.Db.Proposals, a => a.ProposalId, p => p.Id, (a, p) => new { a, p })
            .Join(services.Db.Calls, x => x.p.CallId, k => k.Id, (x, k) => new { x.a, x.p, k })
            .Join(services.Db.Evaluators, x => x.a.EvaluatorId, e => e.Id, (x, e) => new { x.a, x.p, x.k, e })
            .ToListAsync(services.Cancellation);
        var page = OldestFirst.Slice(OldestFirst.InOrder(rows.Select(r => r.a)), take);
        var byId = rows.ToDictionary(r => r.a.Id);
        return TypedResults.Ok(page.Map(a => AssignmentResponse.Of(a, byId[a.Id].k, byId[a.Id].p, byId[a.Id].e)));
    }

    private static readonly Keyset<Assignment, DateTimeOffset> OldestFirst = Keyset.By<Assignment, DateTimeOffset>(a => a.AssignedAt, a => a.Id, descending: false);
}
