using PiedmontSystem.ServiceDefaults.Http;

namespace PiedmontSystem.Web.Opportunities;

/// <summary>An opportunity of the feed, as the JSON API shows it.</summary>
/// <param name="Id">The publishing service's id (call, intake, session, event or profile).</param>
/// <param name="Type">call, intake, session, event or partnering.</param>
/// <param name="Code">The code of a call or intake, the reference of a partnering profile.</param>
/// <param name="TitleIt">Title in Italian.</param>
/// <param name="TitleEn">Title in English.</param>
/// <param name="Status">forthcoming, open or closed, now.</param>
/// <param name="OpensAt">When it opens; null when open from publication.</param>
/// <param name="DeadlineAt">The last instant it takes applications or registrations (a partnering profile: the end of its last public day).</param>
/// <param name="OpenTo">Its criteria on organisations; an empty list admits any.</param>
/// <param name="BudgetEur">A call's budget, in euros.</param>
/// <param name="Detail">A call's instrument, an event's kind (trade-mission, fair, b2b-day), a profile's kind and direction.</param>
/// <param name="Place">Where a session or event is held.</param>
/// <param name="Country">ISO 3166-1 alpha-2 code of an event's host country.</param>
/// <param name="StartsAt">When a session or event starts.</param>
/// <param name="Path">Its page on the portal.</param>
/// <param name="ChangedAt">When the change it shows happened.</param>
/// <param name="Eligibility">Whether the asker (the signed-in organisation, or the facts given in the query) is eligible; null without an asker.</param>
public sealed record OpportunityResponse(
    Guid Id,
    string Type,
    string? Code,
    string TitleIt,
    string TitleEn,
    string Status,
    DateTimeOffset? OpensAt,
    DateTimeOffset DeadlineAt,
    OpenToResponse OpenTo,
    decimal? BudgetEur,
    string? Detail,
    string? Place,
    string? Country,
    DateTimeOffset? StartsAt,
    string Path,
    DateTimeOffset ChangedAt,
    EligibilityResponse? Eligibility)
{
    public static OpportunityResponse From(FeedItem item)
    {
        var o = item.Opportunity;
        var criteria = o.Criteria();
        return new(o.Id, o.Type, o.Code, o.TitleIt, o.TitleEn, item.Status.ToString().ToLowerInvariant(), o.OpensAt, o.DeadlineAt,
            new OpenToResponse([.. criteria.Kinds], [.. criteria.SizeClasses], [.. criteria.Provinces], [.. criteria.PrioritySystems],
                criteria.InnovativeStartupsOnly, criteria.StartupsOrSmesOnly),
            o.BudgetEur, o.Detail, o.Place, o.Country, o.StartsAt, o.Path, o.ChangedAt,
            item.Failures is { } failures ? new EligibilityResponse(failures.Count == 0, failures) : null);
    }

    public static Page<OpportunityResponse> PageOf(FeedPage page) => new([.. page.Items.Select(From)], page.NextCursor);
}

/// <summary>The criteria an opportunity sets on organisations (empty lists: any); as far as the services' events carry them.</summary>
public sealed record OpenToResponse(
    IReadOnlyList<string> Kinds,
    IReadOnlyList<string> SizeClasses,
    IReadOnlyList<string> Provinces,
    IReadOnlyList<string> PrioritySystems,
    bool InnovativeStartupsOnly,
    bool StartupsOrSmesOnly);

/// <summary>The asker's eligibility: the rules failed (kind, innovative-startup, startup-or-sme, size-class, province, priority-systems, own-profile).</summary>
public sealed record EligibilityResponse(bool Eligible, IReadOnlyList<string> FailedRules);
