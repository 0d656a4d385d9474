namespace PiedmontSystem.Accelerator.Domain.Matchmaking;

/// <summary>One changed field of an amendment, values as text.</summary>
public sealed record AmendedField(string Field, string? From, string? To);

/// <summary>An amendment of a published session: numbered, dated, signed, with its reason and changes. Never silent.</summary>
public sealed record SessionAmendment(int Number, DateTimeOffset At, string By, string Reason, List<AmendedField> Changes)
{
    // EF Core materialises JSON records that nest other records through this constructor.
    private SessionAmendment()
        : this(0, default, "", "", [])
    {
    }
}

/// <summary>What a manager may change in a published session; null leaves a field as it is.</summary>
public sealed record RequestedSessionAmendment(
    string Reason, string? Place, DateOnly? Date, TimeOnly? StartTime, DateTimeOffset? RegistrationDeadline, int? TableCount,
    ServiceDefaults.Http.LocalizedText? Description);
