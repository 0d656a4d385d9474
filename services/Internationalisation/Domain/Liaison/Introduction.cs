namespace PiedmontSystem.Internationalisation.Domain.Liaison;

public enum PartnerKind { Multinational, ForeignSme, ResearchBody, Distributor, Other }

/// <summary>The ladder: introduced → meeting-held → agreement-signed, or dropped from any open step.</summary>
public enum IntroductionStage { Introduced, MeetingHeld, AgreementSigned, Dropped }

/// <summary>An SME introduced by a CEIP officer to a multinational or foreign partner; each step of its outcome is dated.</summary>
public sealed class Introduction
{
    private Introduction()
    {
    }

    public Guid Id { get; private set; }
    public Guid OrganisationId { get; private set; }
    public string PartnerName { get; private set; } = "";
    public string PartnerCountry { get; private set; } = "";
    public PartnerKind PartnerKind { get; private set; }
    public Guid? LiaisonRequestId { get; private set; }
    public string? Note { get; private set; }
    public IntroductionStage Stage { get; private set; }
    public DateOnly IntroducedOn { get; private set; }
    public DateOnly? MeetingHeldOn { get; private set; }
    public DateOnly? AgreementSignedOn { get; private set; }
    public DateOnly? DroppedOn { get; private set; }
    public string? DropReason { get; private set; }
    public string MadeBy { get; private set; } = "";
    public DateTimeOffset MadeAt { get; private set; }
    public uint Version { get; private set; }

    public DateOnly LastStepOn => DroppedOn ?? AgreementSignedOn ?? MeetingHeldOn ?? IntroducedOn;

    public static Introduction Make(Guid organisationId, string partnerName, string partnerCountry, PartnerKind partnerKind, LiaisonRequest? request,
        DateOnly introducedOn, string? note, string madeBy, DateTimeOffset now)
    {
        if (request is not null && request.OrganisationId != organisationId)
        {
            throw LiaisonRules.RequestOfAnotherOrganisation();
        }
        return new()
        {
            Id = Guid.CreateVersion7(now),
            OrganisationId = organisationId,
            PartnerName = partnerName,
            PartnerCountry = partnerCountry.ToUpperInvariant(),
            PartnerKind = partnerKind,
            LiaisonRequestId = request?.Id,
            Note = note,
            Stage = IntroductionStage.Introduced,
            IntroducedOn = introducedOn,
            MadeBy = madeBy,
            MadeAt = now,
        };
    }

    /// <summary>Moves the introduction one or more steps forward (never back, never out of agreement-signed or dropped).</summary>
    public void Record(IntroductionStage stage, DateOnly on, string? reason)
    {
        var forward = stage switch
        {
            IntroductionStage.MeetingHeld => Stage == IntroductionStage.Introduced,
            IntroductionStage.AgreementSigned => Stage is IntroductionStage.Introduced or IntroductionStage.MeetingHeld,
            IntroductionStage.Dropped => Stage is IntroductionStage.Introduced or IntroductionStage.MeetingHeld,
            _ => false,
        };
        if (!forward)
        {
            throw LiaisonRules.LadderGoesForward(Kebab(Stage), Kebab(stage));
        }
        if (on < LastStepOn)
        {
            throw LiaisonRules.StepBeforePrevious(on, LastStepOn);
        }
        switch (stage)
        {
            case IntroductionStage.MeetingHeld:
                MeetingHeldOn = on;
                break;
            case IntroductionStage.AgreementSigned:
                AgreementSignedOn = on;
                break;
            default:
                if (string.IsNullOrWhiteSpace(reason))
                {
                    throw LiaisonRules.DropNeedsReason();
                }
                DroppedOn = on;
                DropReason = reason.Trim();
                break;
        }
        Stage = stage;
    }

    public static string Kebab(IntroductionStage stage) => stage switch
    {
        IntroductionStage.MeetingHeld => "meeting-held",
        IntroductionStage.AgreementSigned => "agreement-signed",
        _ => stage.ToString().ToLowerInvariant(),
    };
}
