namespace PiedmontSystem.Internationalisation.Domain.Events;

/// <summary>A foreign participant of a B2B day who is not in the registry, added by a CEIP officer (who acts for them).</summary>
public sealed class B2bGuest
{
    private B2bGuest()
    {
    }

    public Guid Id { get; private set; }
    public Guid EventId { get; private set; }
    public string Name { get; private set; } = "";
    public string Country { get; private set; } = "";
    public string Organisation { get; private set; } = "";
    public DateTimeOffset AddedAt { get; private set; }

    public static B2bGuest Add(InternationalEvent e, string name, string country, string organisation, DateTimeOffset now)
    {
        B2bDay.RequireB2bDay(e);
        return new B2bGuest { Id = Guid.CreateVersion7(now), EventId = e.Id, Name = name, Country = country.ToUpperInvariant(), Organisation = organisation, AddedAt = now };
    }
}
