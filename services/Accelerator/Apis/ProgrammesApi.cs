using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Accelerator.Domain;
using PiedmontSystem.Accelerator.Infrastructure;
using PiedmontSystem.Contracts;
using PiedmontSystem.Persistence;
using PiedmontSystem.RequestHandling.Idempotency;
using PiedmontSystem.RequestHandling.Validation;
using PiedmontSystem.ServiceDefaults.Errors;
using PiedmontSystem.ServiceDefaults.Http;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.Accelerator.Apis;

public sealed record ProgrammeRequest(
    [property: Required, RegularExpression("^[A-Z0-9][A-Z0-9-]{2,39}$", ErrorMessage = "A programme code is 3-40 capital letters, digits and dashes.")] string? Code,
    [property: Required, StringLength(300, MinimumLength = 3)] string? NameIt,
    [property: Required, StringLength(300, MinimumLength = 3)] string? NameEn,
    [property: Required, MinLength(1), MaxLength(2)] IReadOnlyList<string>? PrioritySystems,
    [property: Range(2020, 2100)] int FirstYear,
    [property: Range(1, 10)] int Years) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) => CodeLists.In(PrioritySystems, ReferenceCodes.PrioritySystems, "prioritySystems");
}

public sealed record ProgrammeResponse(Guid Id, string Code, string Name, LocalizedText NameText, IReadOnlyList<string> PrioritySystems, int FirstYear, int Years)
{
    public static ProgrammeResponse Of(AcceleratorProgramme p, Language language) => new(p.Id, p.Code, p.Name.In(language), p.Name, p.PrioritySystems, p.FirstYear, p.Years);
}

/// <summary>Programmes: a pilot in one or two SPIs with yearly intakes; public to read, created by accelerator managers.</summary>
public static class ProgrammesApi
{
    public static IEndpointRouteBuilder MapProgrammesApi(this IEndpointRouteBuilder app)
    {
        var programmes = app.MapGroup("/api/accelerator/programmes").WithTags("Programmes");
        programmes.MapGet("/", ListProgrammes).WithName(nameof(ListProgrammes)).WithSummary("Every programme (a short, closed list)").AllowAnonymous();
        programmes.MapPost("/", CreateProgramme).WithName(nameof(CreateProgramme)).WithSummary("Start a programme; Idempotency-Key supported")
            .ValidateRequest<ProgrammeRequest>().WithIdempotency<AcceleratorDbContext>().RequireAuthorization(Policies.AcceleratorManager);
        return app;
    }

    public static async Task<Ok<Page<ProgrammeResponse>>> ListProgrammes([AsParameters] AcceleratorServices services)
    {
        var programmes = await services.Db.Programmes.AsNoTracking().OrderBy(p => p.FirstYear).ThenBy(p => p.Code).ToListAsync(services.Cancellation);
        return TypedResults.Ok(Paging.Whole(programmes.Select(p => ProgrammeResponse.Of(p, services.Language)).ToList()));
    }

    public static async Task<Created<ProgrammeResponse>> CreateProgramme(ProgrammeRequest request, [AsParameters] AcceleratorServices services)
    {
        var programme = AcceleratorProgramme.Create(request.Code!, new LocalizedText(request.NameIt!.Trim(), request.NameEn!.Trim()),
            [.. request.PrioritySystems!.Select(Codes.Upper).Distinct()], request.FirstYear, request.Years, services.Now);
        services.Db.Programmes.Add(programme);
        services.Audit("programme.created", "programme", programme.Id, new { programme.Code });
        try
        {
            await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            throw AcceleratorRules.ProgrammeCodeTaken(programme.Code);
        }
        return TypedResults.Created($"/api/accelerator/programmes/{programme.Code}", ProgrammeResponse.Of(programme, services.Language));
    }
}
