using PiedmontSystem.Contracts;
using PiedmontSystem.Deadlines;
using PiedmontSystem.FundingCalls.Domain;
using PiedmontSystem.Persistence;
using PiedmontSystem.ServiceDefaults.Errors;
using PiedmontSystem.ServiceDefaults.Http;

namespace PiedmontSystem.FundingCalls.Apis;

/// <summary>
/// The public list of calls: its filters, spelled as in JSON (a bad value is a validation problem
/// naming the parameter), and its order by deadline.
/// </summary>
internal static class CallSearch
{
    private static readonly Keyset<FundingCall, RomeDeadline> EarliestDeadlineFirst = Keyset.By<FundingCall, RomeDeadline>(c => c.Deadline, c => c.Id, descending: false);
    private static readonly Keyset<FundingCall, RomeDeadline> LatestDeadlineFirst = Keyset.By<FundingCall, RomeDeadline>(c => c.Deadline, c => c.Id, descending: true);

    public static IQueryable<FundingCall> Filter(
        IQueryable<FundingCall> query, FundingServices services, string? status, string? instrument, string? prioritySystem, string? kind, string? sizeClass,
        string? deadlineFrom, string? deadlineTo)
    {
        var wanted = QueryValues.Enum<CallStatus>(status, nameof(status));
        if (!services.User.IsRegionalOfficer || wanted is null)
        {
            // Drafts are the officers' working papers: listed only when an officer asks for them.
            query = query.Where(c => c.Status != CallStatus.Draft);
        }
        if (wanted is { } statusNow)
        {
            query = query.Where(FundingCall.HasStatusAt(statusNow, services.Now));
        }
        if (QueryValues.Enum<Instrument>(instrument, nameof(instrument)) is { } i)
        {
            query = query.Where(c => c.Instrument == i);
        }
        if (!string.IsNullOrWhiteSpace(prioritySystem))
        {
            var spi = Known(prioritySystem, ReferenceCodes.PrioritySystems, nameof(prioritySystem));
            query = query.Where(c => c.EligiblePrioritySystems.Count == 0 || c.EligiblePrioritySystems.Contains(spi));
        }
        if (!string.IsNullOrWhiteSpace(kind))
        {
            var k = Known(kind, ReferenceCodes.OrganisationKinds, nameof(kind));
            query = query.Where(c => c.EligibleKinds.Count == 0 || c.EligibleKinds.Contains(k));
        }
        if (!string.IsNullOrWhiteSpace(sizeClass))
        {
            var size = Known(sizeClass, ReferenceCodes.SizeClasses, nameof(sizeClass));
            query = query.Where(c => c.EligibleSizeClasses.Count == 0 || c.EligibleSizeClasses.Contains(size));
        }
        if (Instant(deadlineFrom, nameof(deadlineFrom)) is { } from)
        {
            query = query.Where(c => c.Deadline >= from);
        }
        if (Instant(deadlineTo, nameof(deadlineTo)) is { } to)
        {
            // A date alone means "up to the end of that day in Rome".
            query = deadlineTo!.Length == 10 ? query.Where(c => c.Deadline < to.AddDays(1)) : query.Where(c => c.Deadline <= to);
        }
        return query;
    }

    /// <summary>The order asked for: <c>deadline</c> (earliest first, the default) or <c>-deadline</c>.</summary>
    public static Keyset<FundingCall, RomeDeadline> Order(string? sort) => (sort ?? "deadline") switch
    {
        "deadline" => EarliestDeadlineFirst,
        "-deadline" => LatestDeadlineFirst,
        _ => throw new RequestValidationException(nameof(sort), "Sort by one of: deadline, -deadline."),
    };

    private static string Known(string value, IReadOnlyList<string> known, string parameter) =>
        known.FirstOrDefault(k => string.Equals(k, value, StringComparison.OrdinalIgnoreCase))
            ?? throw new RequestValidationException(parameter, $"'{value}' is not one of: {string.Join(", ", known)}.");

    /// <summary>A date (<c>2027-03-31</c>: from its start in Rome) or a Rome date-time, for the deadline filters.</summary>
    private static DateTimeOffset? Instant(string? value, string parameter)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var text = value.Length == 10 ? value + "T00:00" : value;
        return RomeTime.TryParse(text, out var instant, out var error) ? instant : throw new RequestValidationException(parameter, error);
    }
}
