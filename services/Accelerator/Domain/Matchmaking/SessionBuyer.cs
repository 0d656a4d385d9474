using PiedmontSystem.ServiceDefaults.Http;

namespace PiedmontSystem.Accelerator.Domain.Matchmaking;

/// <summary>
/// A buyer taking part in a session: the needs and challenges it brings (it/en), the table it sits
/// at all day (every meeting of the buyer is held there) and the slots it is available in.
/// </summary>
public sealed class SessionBuyer
{
    private SessionBuyer()
    {
    }

    public Guid Id { get; private set; }
    public Guid SessionId { get; private set; }
    public Guid BuyerId { get; private set; }

    /// <summary>What the buyer is looking for: the challenges start-ups are invited to answer.</summary>
    public LocalizedText Challenges { get; private set; } = new("", "");

    /// <summary>1-based table number, the buyer's own for the whole session.</summary>
    public int Table { get; private set; }

    /// <summary>Slots (0-based) the buyer can meet in; breaks are never among them.</summary>
    public List<int> AvailableSlots { get; private set; } = [];

    public DateTimeOffset JoinedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public uint Version { get; private set; }

    public static SessionBuyer Join(MatchmakingSession session, Guid buyerId, LocalizedText challenges, int table, IReadOnlyList<int>? availableSlots, DateTimeOffset now)
    {
        session.CheckAcceptsBuyers(now);
        return new SessionBuyer
        {
            Id = Guid.CreateVersion7(now),
            SessionId = session.Id,
            BuyerId = buyerId,
            Challenges = challenges,
            Table = table,
            AvailableSlots = session.Availability(availableSlots, "availableSlots"),
            JoinedAt = now,
            UpdatedAt = now,
        };
    }

    public void SetAvailability(MatchmakingSession session, IReadOnlyList<int>? slots, DateTimeOffset now)
    {
        session.CheckAvailabilityCanChange(now);
        AvailableSlots = session.Availability(slots, "availableSlots");
        UpdatedAt = now;
    }

    public bool IsAvailableIn(int slot) => AvailableSlots.Contains(slot);
}
