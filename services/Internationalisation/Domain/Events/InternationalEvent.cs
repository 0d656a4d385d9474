using PiedmontSystem.Deadlines;
using PiedmontSystem.ServiceDefaults.Errors;
using PiedmontSystem.ServiceDefaults.Http;

namespace PiedmontSystem.Internationalisation.Domain.Events;

public enum InternationalEventKind
{
    TradeMission,
    Fair,
    B2bDay,
}

public enum InternationalEventStatus
{
    Draft,
    Published,
    Cancelled,
}

/// <summary>
/// What a CEIP officer states about an event. Start and end are wall-clock times in the event's own
/// IANA time zone (<paramref name="TimeZone"/>), already turned into instants; the fee is in euros,
/// null when the event is free.
/// </summary>
public sealed record EventTerms(
    InternationalEventKind Kind,
    LocalizedText Title,
    string Country,
    string City,
    string TimeZone,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    IReadOnlyList<string> PrioritySystems,
    int Capacity,
    RomeDeadline RegistrationDeadline,
    decimal? FeeEur);

/// <summary>
/// A trade mission, fair or B2B day abroad organised by CEIP. Drafted, published, amended and
/// cancelled by CEIP officers; organisations register while it is published and before its deadline.
/// Capacity is enforced by the registrations under the event's row lock (<c>EventPlaces</c>).
/// </summary>
public sealed class InternationalEvent
{
    private InternationalEvent()
    {
    }

    public Guid Id { get; private set; }
    public InternationalEventKind Kind { get; private set; }
    public LocalizedText Title { get; private set; } = new("", "");
    public string Country { get; private set; } = "";
    public string City { get; private set; } = "";
    public string TimeZone { get; private set; } = "";
    public DateTimeOffset StartsAt { get; private set; }
    public DateTimeOffset EndsAt { get; private set; }
    public List<string> PrioritySystems { get; private set; } = [];
    public int Capacity { get; private set; }
    public RomeDeadline RegistrationDeadline { get; private set; }
    public decimal? FeeEur { get; private set; }
    public InternationalEventStatus Status { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }
    public DateTimeOffset? CancelledAt { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public uint Version { get; private set; }

    public bool IsPublic => Status != InternationalEventStatus.Draft;

    public static InternationalEvent Draft(EventTerms terms, DateTimeOffset now)
    {
        var e = new InternationalEvent { Id = Guid.CreateVersion7(now), Status = InternationalEventStatus.Draft, CreatedAt = now };
        e.Apply(terms, now);
        return e;
    }

    /// <summary>Amends a draft or published event; the capacity never drops below the confirmed registrations.</summary>
    public void Amend(EventTerms terms, int confirmed, DateTimeOffset now)
    {
        if (Status == InternationalEventStatus.Cancelled)
        {
            throw CommonRules.InvalidTransition("event", "cancelled", "amended");
        }
        if (terms.Capacity < confirmed)
        {
            throw EventsRules.CapacityBelowConfirmed(terms.Capacity, confirmed);
        }
        Apply(terms, now);
    }

    public void Publish(DateTimeOffset now)
    {
        if (Status != InternationalEventStatus.Draft)
        {
            throw CommonRules.InvalidTransition("event", Status.ToString().ToLowerInvariant(), "published");
        }
        Status = InternationalEventStatus.Published;
        PublishedAt = now;
        UpdatedAt = now;
    }

    public void Cancel(DateTimeOffset now)
    {
        if (Status == InternationalEventStatus.Cancelled)
        {
            throw CommonRules.InvalidTransition("event", "cancelled", "cancelled");
        }
        Status = InternationalEventStatus.Cancelled;
        CancelledAt = now;
        UpdatedAt = now;
    }

    /// <summary>Published and before the registration deadline (the deadline instant itself still counts).</summary>
    public void CheckAcceptsRegistrations(DateTimeOffset now)
    {
        if (Status != InternationalEventStatus.Published)
        {
            throw EventsRules.NotOpenForRegistration(Status);
        }
        RegistrationDeadline.EnsureOpenAt(now, "registration", $"for {Title.En}");
    }

    /// <summary>A wall-clock view of an instant in the event's own time zone.</summary>
    public DateTimeOffset InEventZone(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, TimeZoneInfo.FindSystemTimeZoneById(TimeZone));

    private void Apply(EventTerms terms, DateTimeOffset now)
    {
        Kind = terms.Kind;
        Title = terms.Title;
        Country = terms.Country.ToUpperInvariant();
        City = terms.City;
        TimeZone = terms.TimeZone;
        StartsAt = terms.StartsAt.ToUniversalTime(); // Npgsql writes only UTC instants to timestamptz
        EndsAt = terms.EndsAt.ToUniversalTime();
        PrioritySystems = [.. terms.PrioritySystems];
        Capacity = terms.Capacity;
        RegistrationDeadline = terms.RegistrationDeadline;
        FeeEur = terms.FeeEur;
        UpdatedAt = now;
    }
}
