using PiedmontSystem.ServiceDefaults.Errors;

namespace PiedmontSystem.Accelerator.Domain.Matchmaking;

/// <summary>What came of a meeting, as one side sees it.</summary>
public enum OutcomeResult
{
    NoInterest,
    FollowUp,
    Pilot,
    SupplyContractSigned,
}

/// <summary>
/// One side's account of what came of a meeting, recorded after it started and revised as things
/// move on (a follow-up becomes a pilot, then a supply contract with its value in euros).
/// </summary>
public sealed class MeetingOutcome
{
    private MeetingOutcome()
    {
    }

    public Guid Id { get; private set; }
    public Guid MeetingId { get; private set; }
    public Guid SessionId { get; private set; }
    public Side Side { get; private set; }
    public OutcomeResult Result { get; private set; }

    /// <summary>The supply contract's value, in euros; only for <see cref="OutcomeResult.SupplyContractSigned"/>.</summary>
    public decimal? ContractValueEur { get; private set; }

    public string? Note { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public string RecordedBy { get; private set; } = "";
    public uint Version { get; private set; }

    public bool SignsContract => Result == OutcomeResult.SupplyContractSigned;

    public static MeetingOutcome Record(MatchmakingSession session, Meeting meeting, Side side, OutcomeResult result, decimal? contractValueEur, string? note, string by, DateTimeOffset now)
    {
        meeting.CheckHeld(session, now);
        var outcome = new MeetingOutcome { Id = Guid.CreateVersion7(now), MeetingId = meeting.Id, SessionId = meeting.SessionId, Side = side };
        outcome.Apply(result, contractValueEur, note, by, now);
        return outcome;
    }

    public void Revise(MatchmakingSession session, Meeting meeting, OutcomeResult result, decimal? contractValueEur, string? note, string by, DateTimeOffset now)
    {
        meeting.CheckHeld(session, now);
        Apply(result, contractValueEur, note, by, now);
    }

    /// <summary>An amount in euros a contract can have: more than zero, to the cent.</summary>
    public static bool IsContractValue(decimal amount) => amount > 0 && decimal.Round(amount, 2) == amount;

    private void Apply(OutcomeResult result, decimal? contractValueEur, string? note, string by, DateTimeOffset now)
    {
        if (result == OutcomeResult.SupplyContractSigned && (contractValueEur is not { } value || !IsContractValue(value)))
        {
            throw new RequestValidationException("contractValueEur", "A signed supply contract needs its value in euros: more than zero, at most two decimals.");
        }
        if (result != OutcomeResult.SupplyContractSigned && contractValueEur is not null)
        {
            throw new RequestValidationException("contractValueEur", "A value is given only for a signed supply contract.");
        }
        Result = result;
        ContractValueEur = contractValueEur;
        Note = note;
        RecordedAt = now;
        RecordedBy = by;
    }
}

/// <summary>
/// A meeting's supply contract, whichever side records it: counted once per meeting, announced
/// when the first side records it. When both sides give a value, the buyer's (who pays) counts.
/// </summary>
public static class SupplyContract
{
    public static decimal? ValueOf(IEnumerable<MeetingOutcome> outcomes)
    {
        var signed = outcomes.Where(o => o.SignsContract).ToList();
        return (signed.FirstOrDefault(o => o.Side == Side.Buyer) ?? signed.FirstOrDefault())?.ContractValueEur;
    }

    /// <summary>True when this recording makes the meeting's contract signed: it signs now, and neither side had said so before.</summary>
    public static bool IsNewlySigned(bool signedBefore, MeetingOutcome now, MeetingOutcome? otherSide) =>
        now.SignsContract && !signedBefore && otherSide?.SignsContract != true;
}
