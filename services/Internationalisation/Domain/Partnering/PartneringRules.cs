using PiedmontSystem.Deadlines;
using PiedmontSystem.ServiceDefaults.Errors;

namespace PiedmontSystem.Internationalisation.Domain.Partnering;

/// <summary>The partnering rules, each with a stable problem type (docs/internationalisation-partnering.md).</summary>
public static class PartneringRules
{
    /// <summary>How far ahead a profile may expire, as in the Enterprise Europe Network.</summary>
    public const int MaxMonthsAhead = 12;

    /// <summary>The calendar day in Rome, which expiry dates are judged on.</summary>
    public static DateOnly Today(DateTimeOffset now) => RomeTime.DateOf(now);

    /// <summary>An expiry date after today (Rome) and at most 12 months ahead; otherwise a validation error on <c>expiresOn</c>.</summary>
    public static void CheckExpiry(DateOnly expiresOn, DateTimeOffset now)
    {
        var today = Today(now);
        var latest = today.AddMonths(MaxMonthsAhead);
        if (expiresOn <= today || expiresOn > latest)
        {
            throw new RequestValidationException("expiresOn", $"Give a day after today and no later than {latest:yyyy-MM-dd} ({MaxMonthsAhead} months ahead).");
        }
    }

    /// <summary>A renewal moves the expiry later, still at most 12 months from today.</summary>
    public static void CheckRenewal(DateOnly current, DateOnly expiresOn, DateTimeOffset now)
    {
        CheckExpiry(expiresOn, now);
        if (expiresOn <= current)
        {
            throw new RequestValidationException("expiresOn", $"A renewal extends the profile beyond its current expiry, {current:yyyy-MM-dd}.");
        }
    }

    /// <summary>A profile whose expiry day has come is not submitted or published: edit the date first.</summary>
    public static void CheckNotLapsed(DateOnly expiresOn, DateTimeOffset now)
    {
        if (expiresOn <= Today(now))
        {
            throw new DomainRuleException("profile-expiry-passed", "The profile's expiry date has come",
                $"The profile expires on {expiresOn:yyyy-MM-dd}; the owner edits its expiry date and submits it again.", 422);
        }
    }

    public static DomainRuleException OwnersOnly() =>
        CommonRules.Forbidden("Only the users of the organisation that owns the profile change it.");

    public static DomainRuleException InterestInOwnProfile() =>
        new("interest-in-own-profile", "An organisation cannot be interested in its own profile", "Express interest in other organisations' profiles.", 422);

    public static DomainRuleException InterestAlreadyExpressed(Guid? interestId) =>
        new("interest-already-expressed", "Interest already expressed",
            "Your organisation already has a pending or accepted interest in this profile; one at a time.", 409)
        {
            Extensions = { ["existingInterestId"] = interestId },
        };

    public static DomainRuleException OnlyTheOwnerAnswers() =>
        CommonRules.Forbidden("Only the users of the organisation that owns the profile accept or decline an interest in it.");
}
