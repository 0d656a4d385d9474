using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Accelerator.Domain;
using PiedmontSystem.Accelerator.Infrastructure;
using PiedmontSystem.Persistence;
using PiedmontSystem.RequestHandling.Idempotency;
using PiedmontSystem.ServiceDefaults.Errors;
using PiedmontSystem.ServiceDefaults.Http;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.Accelerator.Apis;

/// <summary>
/// Reviewers: the experts accelerator managers register (each signs in with the <c>evaluator</c>
/// role and is known by the <c>sub</c> of their token), their assignments and score sheets.
/// </summary>
public static class ReviewersApi
{
    public static IEndpointRouteBuilder MapReviewersApi(this IEndpointRouteBuilder app)
    {
        var reviewers = app.MapGroup("/api/accelerator/reviewers").WithTags("Selection");
        reviewers.MapPost("/", RegisterReviewer).WithName(nameof(RegisterReviewer)).WithSummary("Register a reviewer; Idempotency-Key supported")
            .ValidateRequest<ReviewerRequest>().WithIdempotency<AcceleratorDbContext>().RequireAuthorization(Policies.AcceleratorManager);
        reviewers.MapGet("/", ListReviewers).WithName(nameof(ListReviewers)).WithSummary("Registered reviewers by name, a page at a time").RequireAuthorization(Policies.AcceleratorManager);

        app.MapPost("/api/accelerator/applications/{id:guid}/reviews", AssignReviewer).WithTags("Selection").WithName(nameof(AssignReviewer))
            .WithSummary("Assign a reviewer to an eligible application; a conflict of interest is refused").ValidateRequest<ReviewAssignmentRequest>()
            .RequireAuthorization(Policies.AcceleratorManager);
        var reviews = app.MapGroup("/api/accelerator/reviews").WithTags("Selection");
        reviews.MapGet("/", ListReviews).WithName(nameof(ListReviews))
            .WithSummary("Reviewers: their assignments; managers: every review, by application or intake").RequireAuthorization(Policies.Authenticated);
        reviews.MapPut("/{id:guid}/scores", ScoreApplication).WithName(nameof(ScoreApplication))
            .WithSummary("Score every rubric criterion (0-10) with a comment; the assigned reviewer only, until the decision").ValidateRequest<ScoreSheetRequest>()
            .RequireAuthorization(Policies.Evaluator);
        return app;
    }

    public static async Task<Created<ReviewerResponse>> RegisterReviewer(ReviewerRequest request, [AsParameters] AcceleratorServices services)
    {
        if (request.OrganisationId is { } organisationId && !await services.Db.Organisations.AnyAsync(o => o.OrganisationId == organisationId, services.Cancellation))
        {
            throw new RequestValidationException("organisationId", $"Organisation {organisationId} is not in the regional directory.");
        }
        var reviewer = Reviewer.Register(request.Subject!.Trim(), request.Name!.Trim(), request.OrganisationId, services.Now);
        services.Db.Reviewers.Add(reviewer);
        services.Audit("reviewer.registered", "reviewer", reviewer.Id, new { reviewer.Subject, reviewer.OrganisationId });
        try
        {
            await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            throw AcceleratorRules.ReviewerAlreadyRegistered(reviewer.Subject);
        }
        return TypedResults.Created($"/api/accelerator/reviewers/{reviewer.Id}", ReviewerResponse.Of(reviewer));
    }

    public static async Task<Ok<Page<ReviewerResponse>>> ListReviewers([AsParameters] AcceleratorServices services, string? cursor, int? limit)
    {
        var page = await ByName.ReadAsync(services.Db.Reviewers.AsNoTracking(), cursor, limit, services.Cancellation);
        return TypedResults.Ok(page.Map(ReviewerResponse.Of));
    }

    public static async Task<Results<Created<ReviewResponse>, NotFound>> AssignReviewer(Guid id, ReviewAssignmentRequest request, [AsParameters] AcceleratorServices services)
    {
        var application = await services.Db.Applications.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, services.Cancellation);
        if (application is null)
        {
            return TypedResults.NotFound();
        }
        application.RequireEligible("reviewed");
        var reviewer = await services.Db.Reviewers.AsNoTracking().FirstOrDefaultAsync(r => r.Id == request.ReviewerId, services.Cancellation)
            ?? throw new RequestValidationException("reviewerId", $"There is no reviewer {request.ReviewerId}.");
        var names = await services.Db.Organisations.Where(o => o.OrganisationId == application.OrganisationId || o.OrganisationId == reviewer.OrganisationId)
            .ToDictionaryAsync(o => o.OrganisationId, o => o.LegalName, services.Cancellation);
        var conflict = reviewer.ConflictWith(application, names.GetValueOrDefault(application.OrganisationId) ?? "the applicant",
            reviewer.OrganisationId is { } own ? names.GetValueOrDefault(own) : null);
        if (conflict is not null)
        {
            throw AcceleratorRules.ConflictOfInterest(conflict);
        }
        var review = Review.Assign(application, reviewer, services.Now);
        services.Db.Reviews.Add(review);
        services.Audit("review.assigned", "application", application.Id, new { reviewerId = reviewer.Id });
        try
        {
            await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            throw AcceleratorRules.AlreadyAssigned(reviewer.Name);
        }
        return TypedResults.Created($"/api/accelerator/reviews/{review.Id}", Of(review, reviewer.Name));
    }

    public static async Task<Ok<Page<ReviewResponse>>> ListReviews([AsParameters] AcceleratorServices services, Guid? applicationId, Guid? intakeId, string? cursor, int? limit)
    {
        var reviews = services.Db.Reviews.AsNoTracking();
        if (!services.User.Roles.Contains(Roles.AcceleratorManager))
        {
            var reviewerId = await CallingReviewer.IdAsync(services);
            reviews = reviews.Where(r => r.ReviewerId == reviewerId);
        }
        if (applicationId is { } application)
        {
            reviews = reviews.Where(r => r.ApplicationId == application);
        }
        if (intakeId is { } intake)
        {
            reviews = reviews.Where(r => r.IntakeId == intake);
        }
        var page = await ByAssignment.ReadAsync(reviews, cursor, limit, services.Cancellation);
        var reviewerIds = page.Rows.Select(r => r.ReviewerId).Distinct().ToList();
        var names = await services.Db.Reviewers.Where(r => reviewerIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Name, services.Cancellation);
        return TypedResults.Ok(page.Map(r => Of(r, names.GetValueOrDefault(r.ReviewerId))));
    }

    public static async Task<Results<Ok<ReviewResponse>, NotFound>> ScoreApplication(Guid id, ScoreSheetRequest request, [AsParameters] AcceleratorServices services)
    {
        var reviewerId = await CallingReviewer.IdAsync(services);
        var review = await services.Db.Reviews.FirstOrDefaultAsync(r => r.Id == id, services.Cancellation);
        if (review is null)
        {
            return TypedResults.NotFound();
        }
        if (review.ReviewerId != reviewerId)
        {
            throw AcceleratorRules.NotAssigned();
        }
        var application = await services.Db.Applications.FirstAsync(a => a.Id == review.ApplicationId, services.Cancellation);
        if (application.Status != ApplicationStatus.Eligible)
        {
            throw CommonRules.InvalidTransition("application", Application.Describe(application.Status), "scored (scores are given before the decision)");
        }
        var intake = await services.Db.Intakes.AsNoTracking().FirstAsync(i => i.Id == review.IntakeId, services.Cancellation);
        review.Score(intake, request.ToScores(), services.Now);
        await services.Db.SaveChangesCheckedAsync(services.Cancellation); // the review first, so the average below reads it
        var sheets = await services.Db.Reviews.Where(r => r.ApplicationId == application.Id && r.WeightedScore != null).Select(r => r.WeightedScore!.Value).ToListAsync(services.Cancellation);
        application.RecordScore(Math.Round(sheets.Average(), 2, MidpointRounding.AwayFromZero), services.Now);
        services.Audit("review.scored", "application", application.Id, new { reviewId = review.Id, review.WeightedScore });
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        var name = await services.Db.Reviewers.Where(r => r.Id == review.ReviewerId).Select(r => r.Name).FirstAsync(services.Cancellation);
        return TypedResults.Ok(Of(review, name));
    }

    private static ReviewResponse Of(Review r, string? reviewerName) =>
        new(r.Id, r.ApplicationId, r.IntakeId, r.ReviewerId, reviewerName, r.AssignedAt, r.Scores, r.WeightedScore, r.ScoredAt);

    private static readonly Keyset<Reviewer, string> ByName = Keyset.By<Reviewer, string>(r => r.Name, r => r.Id, descending: false);
    private static readonly Keyset<Review, DateTimeOffset> ByAssignment = Keyset.By<Review, DateTimeOffset>(r => r.AssignedAt, r => r.Id, descending: false);
}
