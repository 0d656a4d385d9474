using PiedmontSystem.ServiceDefaults.Errors;

namespace PiedmontSystem.Internationalisation.Domain.Liaison;

/// <summary>The CEIP liaison rules, each with a stable problem type (docs/internationalisation-liaison.md).</summary>
public static class LiaisonRules
{
    public static DomainRuleException NotAMember(Guid organisationId, string clusterCode) =>
        new("not-a-cluster-member", "Not an active member of your cluster",
            $"Organisation {organisationId} is not an active member of cluster {clusterCode}; a cluster manager refers only its members.", 422);

    public static DomainRuleException UnknownOrganisation(Guid organisationId) =>
        new("unknown-organisation", "Unknown organisation", $"Organisation {organisationId} is not in the registry.", 422);

    public static DomainRuleException DeclineNeedsReason() =>
        new("decline-needs-reason", "A declined request needs a reason", "Say why the request is declined; the requester reads it.", 422);

    public static DomainRuleException LadderGoesForward(string from, string to) =>
        new("introduction-step-backwards", "Introductions only move forward",
            $"The introduction is {from}; it cannot become {to}. The ladder is introduced → meeting-held → agreement-signed, or dropped.", 409);

    public static DomainRuleException DropNeedsReason() =>
        new("drop-needs-reason", "A dropped introduction needs a reason", "Say why the introduction was dropped.", 422);

    public static DomainRuleException StepBeforePrevious(DateOnly on, DateOnly previous) =>
        new("introduction-step-date", "A step cannot precede the previous one", $"The step is dated {on:yyyy-MM-dd}, before the previous step ({previous:yyyy-MM-dd}).", 422);

    public static DomainRuleException RequestOfAnotherOrganisation() =>
        new("request-of-another-organisation", "The liaison request is for another organisation", "An introduction linked to a liaison request introduces that request's organisation.", 422);

    public static DomainRuleException MemberToRefer() =>
        new("organisation-required", "Name the member organisation", "A cluster manager refers a member organisation: give its organisationId.", 422);

    public static DomainRuleException OnlyRequestersOpen() =>
        new("forbidden", "Not allowed for you", "Liaison requests are opened by an organisation's users for their organisation, or by a cluster manager for a member.", 403);

    public static DomainRuleException OwnOrganisationOnly() =>
        new("forbidden", "Not allowed for you", "An organisation's users open liaison requests for their own organisation.", 403);

    public static DomainRuleException UnknownLiaisonRequest(Guid id) =>
        new("unknown-liaison-request", "Unknown liaison request", $"There is no liaison request {id}.", 422);
}
