using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Accelerator.Domain;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.Accelerator.Apis;

/// <summary>Maps applications to what their readers see: managers the working papers too, applicants their own copy, reviewers what was submitted.</summary>
internal static class ApplicationResponses
{
    public static async Task<ApplicationResponse> OfAsync(AcceleratorServices services, Application application, Intake intake)
    {
        var name = await services.Db.Organisations.Where(o => o.OrganisationId == application.OrganisationId).Select(o => o.LegalName).FirstOrDefaultAsync(services.Cancellation);
        return Of(services, application, intake.Code, name);
    }

    public static ApplicationResponse Of(AcceleratorServices services, Application a, string intakeCode, string? legalName)
    {
        var manager = services.User.Roles.Contains(Roles.AcceleratorManager);
        var applicant = services.User.ActsFor(a.OrganisationId);
        return new(
            a.Id, a.IntakeId, intakeCode, a.OrganisationId, legalName, a.Status,
            manager || applicant ? a.Content : null,
            a.Submitted,
            a.HasUnsubmittedChanges,
            a.LastReceipt is { } receipt ? receipt with { SubmittedAt = Deadlines.RomeTime.Show(receipt.SubmittedAt) } : null,
            a.EligibilityFailures,
            a.ScreeningReason,
            a.Interview is { } interview ? (manager ? interview : interview with { Notes = null }) : null,
            manager ? a.Score : null,
            a.WaitListPosition,
            a.DecisionReason,
            a.DecidedAt,
            a.AdmittedAt,
            a.CompletedOn,
            a.DroppedOutOn,
            a.DropOutReason,
            a.WithdrawalReason,
            a.CreatedAt,
            a.UpdatedAt);
    }
}
