using PiedmontSystem.Accelerator.Domain;
using PiedmontSystem.Contracts;
using PiedmontSystem.Deadlines;
using PiedmontSystem.Persistence;
using PiedmontSystem.ServiceDefaults.Errors;
using PiedmontSystem.ServiceDefaults.Http;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.Accelerator.Apis;

/// <summary>The list of intakes: filters spelled as in JSON, ordered by deadline.</summary>
internal static class IntakeSearch
{
    private static readonly Keyset<Intake, RomeDeadline> EarliestDeadlineFirst = Keyset.By<Intake, RomeDeadline>(i => i.Deadline, i => i.Id, descending: false);
    private static readonly Keyset<Intake, RomeDeadline> LatestDeadlineFirst = Keyset.By<Intake, RomeDeadline>(i => i.Deadline, i => i.Id, descending: true);

    public static IQueryable<Intake> Filter(IQueryable<Intake> query, AcceleratorServices services, string? status, string? prioritySystem, int? year)
    {
        var wanted = QueryValues.Enum<IntakeStatus>(status, nameof(status));
        if (!services.User.Roles.Contains(Roles.AcceleratorManager) || wanted is null)
        {
            // Drafts are the managers' working papers: listed only when a manager asks for them.
            query = query.Where(i => i.Status != IntakeStatus.Draft);
        }
        if (wanted is { } statusNow)
        {
            query = query.Where(Intake.HasStatusAt(statusNow, services.Now));
        }
        if (!string.IsNullOrWhiteSpace(prioritySystem))
        {
            var spi = ReferenceCodes.PrioritySystems.FirstOrDefault(p => string.Equals(p, prioritySystem, StringComparison.OrdinalIgnoreCase))
                ?? throw new RequestValidationException(nameof(prioritySystem), $"'{prioritySystem}' is not one of: {string.Join(", ", ReferenceCodes.PrioritySystems)}.");
            query = query.Where(i => i.PrioritySystems.Contains(spi));
        }
        if (year is { } y)
        {
            query = query.Where(i => i.Year == y);
        }
        return query;
    }

    public static Keyset<Intake, RomeDeadline> Order(string? sort) => (sort ?? "deadline") switch
    {
        "deadline" => EarliestDeadlineFirst,
        "-deadline" => LatestDeadlineFirst,
        _ => throw new RequestValidationException(nameof(sort), "Sort by one of: deadline, -deadline."),
    };
}
