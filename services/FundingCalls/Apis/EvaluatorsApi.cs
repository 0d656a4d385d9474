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

/// <summary>Evaluators: the experts regional officers register, each known by the <c>sub</c> of their token.</summary>
public static class EvaluatorsApi
{
    public static IEndpointRouteBuilder MapEvaluatorsApi(this IEndpointRouteBuilder app)
    {
        var evaluators = app.MapGroup("/api/funding/evaluators").WithTags("Evaluation");
        evaluators.MapPost("/", RegisterEvaluator).WithName(nameof(RegisterEvaluator)).WithSummary("Register an expert; Idempotency-Key supported")
            .ValidateRequest<EvaluatorRequest>().WithIdempotency<FundingDbContext>().RequireAuthorization(Policies.RegionalOfficer);
        evaluators.MapGet("/", ListEvaluators).WithName(nameof(ListEvaluators)).WithSummary("Registered experts by name, a page at a time").RequireAuthorization(Policies.RegionalOfficer);
        return app;
    }

    public static async Task<Created<EvaluatorResponse>> RegisterEvaluator(EvaluatorRequest request, [AsParameters] FundingServices services)
    {
        var evaluator = Evaluator.Register(request.Subject!, request.Name!, request.Email!, request.OrganisationId, [.. request.PrioritySystems ?? []], services.Now);
        services.Db.Evaluators.Add(evaluator);
        services.Audit("evaluator.registered", "evaluator", evaluator.Id, new { evaluator.Subject, evaluator.OrganisationId });
        try
        {
            await services.Db.SaveChangesAsync(services.Cancellation);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            throw FundingRules.EvaluatorAlreadyRegistered(request.Subject!);
        }
        return TypedResults.Created($"/api/funding/evaluators/{evaluator.Id}", EvaluatorResponse.Of(evaluator));
    }

    public static async Task<Ok<Page<EvaluatorResponse>>> ListEvaluators([AsParameters] FundingServices services, string? cursor, int? limit)
    {
        var page = await ByName.ReadAsync(services.Db.Evaluators.AsNoTracking(), cursor, limit, services.Cancellation);
        return TypedResults.Ok(page.Map(EvaluatorResponse.Of));
    }

    private static readonly Keyset<Evaluator, string> ByName = Keyset.By<Evaluator, string>(e => e.Name, e => e.Id, descending: false);
}
