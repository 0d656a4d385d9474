using System.Globalization;
using PiedmontSystem.ServiceDefaults.Errors;

namespace PiedmontSystem.Deadlines;

/// <summary>
/// The refusals of a submission window, the same in every service (docs/problems.md).
/// <c>what</c> names the kind of thing that opens and closes (<c>call</c>, <c>intake</c>), <c>code</c> which one.
/// </summary>
public static class DeadlineRules
{
    /// <summary>Refused before the opening: 422 <c>{what}-not-open</c> (<c>call-not-open</c>, <c>intake-not-open</c>).</summary>
    public static DomainRuleException NotOpenYet(string what, string code, DateTimeOffset opensAt) =>
        new($"{what}-not-open", $"The {what} is not open yet", $"{Named(what, code)} opens at {RomeTime.Show(opensAt):yyyy-MM-dd HH:mm:ss zzz} (Europe/Rome).", 422);

    /// <summary>Refused one instant after the deadline: 422 <c>deadline-passed</c>, with the instant the platform received the request.</summary>
    public static DomainRuleException DeadlinePassed(string what, string code, RomeDeadline deadline, DateTimeOffset now) =>
        new("deadline-passed", "The deadline has passed",
            $"{Named(what, code)} closed at {deadline.InRome:yyyy-MM-dd HH:mm:ss zzz} (Europe/Rome); the server received this at {RomeTime.Show(now):yyyy-MM-dd HH:mm:ss.fff zzz}.", 422)
        {
            Extensions = { ["deadlineAt"] = deadline.InRome, ["receivedAt"] = RomeTime.Show(now) },
        };

    private static string Named(string what, string code) => $"{char.ToUpper(what[0], CultureInfo.InvariantCulture)}{what[1..]} {code}";
}
