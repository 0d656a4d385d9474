using PiedmontSystem.Contracts;

namespace PiedmontSystem.Web.Tests;

/// <summary>Events as the services publish them, with a tag in every title so a test finds its own with <c>q=</c>.</summary>
internal static class OpportunityEvents
{
    // Instants with the Rome winter offset, as the services publish them, in whole seconds (PostgreSQL keeps microseconds).
    public static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()).ToOffset(TimeSpan.FromHours(1));

    public static string NewTag() => "t" + Guid.NewGuid().ToString("N")[..10];

    public static CallPublished Call(string tag, int deadlineInDays = 30, IReadOnlyList<string>? kinds = null, IReadOnlyList<string>? spis = null, DateTimeOffset? occurredAt = null) =>
        new(Guid.NewGuid(), "PRFESR-" + tag, "PR-FESR-2021-2027", $"Bando {tag}", $"Call {tag}", "collaborative-rd-project", 1_000_000m,
            Now.AddDays(-1), Now.AddDays(deadlineInDays), spis ?? [], kinds ?? [], occurredAt ?? Now.AddMinutes(-10));

    public static IntakePublished Intake(string tag, int deadlineInDays = 20, bool innovativeOnly = false, IReadOnlyList<string>? provinces = null, DateTimeOffset? opensAt = null) =>
        new(Guid.NewGuid(), "BA-" + tag, "BA", 1, $"Accelerazione {tag}", $"Intake {tag}", [], ["enterprise"], innovativeOnly, provinces ?? [],
            opensAt ?? Now.AddDays(-1), Now.AddDays(deadlineInDays), 10, 6, Now.AddMinutes(-10));

    public static SessionPublished Session(string tag, int deadlineInDays = 10, IReadOnlyList<string>? spis = null) =>
        new(Guid.NewGuid(), $"Sessione {tag}", $"Session {tag}", DateOnly.FromDateTime(Now.AddDays(deadlineInDays + 5).UtcDateTime), "Torino",
            Now.AddDays(deadlineInDays + 5), Now.AddDays(deadlineInDays + 5).AddHours(4), Now.AddDays(deadlineInDays), spis ?? [], "opt-in", "self-booking", [], 0, Now.AddMinutes(-10));

    public static PartneringProfilePublished Profile(string tag, Guid owner, int expiresInDays = 40) =>
        new(Guid.NewGuid(), "TOIT" + tag, owner, "offer", "technology", $"Profilo {tag}", $"Profile {tag}", "s", "s", ["DE"], ["HEALTH"], [], [],
            DateOnly.FromDateTime(Now.AddDays(expiresInDays).UtcDateTime), Now.AddMinutes(-10));
}
