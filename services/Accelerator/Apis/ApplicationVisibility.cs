using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Accelerator.Domain;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.Accelerator.Apis;

/// <summary>
/// Who reads which applications: accelerator managers all; an organisation's users their own;
/// reviewers those assigned to them. Everyone else none (a 404: an application's existence is private).
/// </summary>
internal static class ApplicationVisibility
{
    public static async Task<IQueryable<Application>> VisibleToCallerAsync(AcceleratorServices services)
    {
        var applications = services.Db.Applications.AsNoTracking();
        var user = services.User;
        if (user.Roles.Contains(Roles.AcceleratorManager))
        {
            return applications;
        }
        var reviewerId = await CallingReviewer.IdAsync(services);
        var organisationId = user.Roles.Contains(Roles.OrganisationUser) ? user.OrganisationId : null;
        return applications.Where(a =>
            (organisationId != null && a.OrganisationId == organisationId)
            || (reviewerId != null && a.Status != ApplicationStatus.Draft && services.Db.Reviews.Any(r => r.ApplicationId == a.Id && r.ReviewerId == reviewerId)));
    }

    /// <summary>Loads an application the caller's organisation owns, tracked for a change; null when there is none (404).</summary>
    public static async Task<(Application? Application, Intake Intake)> LoadOwnAsync(AcceleratorServices services, Guid id)
    {
        var organisationId = services.User.OrganisationId;
        var application = await services.Db.Applications.FirstOrDefaultAsync(a => a.Id == id && a.OrganisationId == organisationId, services.Cancellation);
        if (application is null)
        {
            return (null, null!);
        }
        return (application, await services.Db.Intakes.AsNoTracking().FirstAsync(i => i.Id == application.IntakeId, services.Cancellation));
    }
}

/// <summary>Which registered reviewer the caller is, found by the <c>sub</c> of their token.</summary>
internal static class CallingReviewer
{
    public static async Task<Guid?> IdAsync(AcceleratorServices services) =>
        services.User.Roles.Contains(Roles.Evaluator)
            ? await services.Db.Reviewers.Where(r => r.Subject == services.User.Subject).Select(r => (Guid?)r.Id).FirstOrDefaultAsync(services.Cancellation)
            : null;
}
