using PiedmontSystem.EligibilityRules;

namespace PiedmontSystem.FundingCalls.Domain;

/// <summary>One rule a proposal fails: a stable code, the field it is about, and what is wrong.</summary>
public sealed record EligibilityFailure(string Rule, string Field, string Message);

/// <summary>What the funding service knows of an organisation from the registry's events.</summary>
public sealed record ApplicantFacts(Guid OrganisationId, string LegalName, string Kind, string SizeClass, IReadOnlySet<string> ActiveClusterCodes)
{
    public bool IsSme => OrganisationEligibility.IsSme(SizeClass);

    /// <summary>The facts the shared organisation rules look at (a call's rules need no province, SPIs or founding date).</summary>
    public OrganisationFacts ToOrganisationFacts() => new(Kind, SizeClass, InnovativeStartup: false, Province: "", PrioritySystems: []);
}

/// <summary>
/// The eligibility rules of a call, checked on the funding service's copy of the registry when a
/// proposal is submitted. Every failing rule is reported, each naming its field.
/// </summary>
public static class Eligibility
{
    public static IReadOnlyList<EligibilityFailure> Check(
        CallTerms call, Guid leadOrganisationId, ProposalContent content, IReadOnlyDictionary<Guid, ApplicantFacts> known, string? endorsedByCluster)
    {
        var failures = new List<EligibilityFailure>();
        var participants = new List<(Guid Id, string Field)> { (leadOrganisationId, "leadOrganisationId") };
        participants.AddRange(content.Partners.Select((p, i) => (p.OrganisationId, $"partners[{i}].organisationId")));

        foreach (var (id, field) in participants)
        {
            if (!known.TryGetValue(id, out var facts))
            {
                failures.Add(new("organisation-unknown", field, $"Organisation {id} is not in the regional directory (register it in the cluster registry first)."));
                continue;
            }
            var organisationRules = ProgrammeCriteria.FundingCall(call.EligibleKinds, call.EligibleSizeClasses);
            foreach (var rule in OrganisationEligibility.Failures(organisationRules, facts.ToOrganisationFacts()))
            {
                failures.Add(rule switch
                {
                    OrganisationRule.Kind => new("kind-not-eligible", field, $"{facts.LegalName} is a {facts.Kind}; the call is open to: {string.Join(", ", call.EligibleKinds)}."),
                    OrganisationRule.SizeClass => new("size-class-not-eligible", field, $"{facts.LegalName} is a {facts.SizeClass} enterprise; the call is open to enterprises that are: {string.Join(", ", call.EligibleSizeClasses)}."),
                    _ => throw new InvalidOperationException($"A call has no {rule} rule."),
                });
            }
        }

        var count = participants.Count;
        if (count < call.Consortium.MinParticipants)
        {
            failures.Add(new("too-few-participants", "partners", $"The consortium has {count} organisation(s), lead included; the call requires at least {call.Consortium.MinParticipants}."));
        }
        if (count > call.Consortium.MaxParticipants)
        {
            failures.Add(new("too-many-participants", "partners", $"The consortium has {count} organisation(s), lead included; the call allows at most {call.Consortium.MaxParticipants}."));
        }
        if (call.Consortium.RequiresSme && !participants.Any(p => known.TryGetValue(p.Id, out var f) && f.IsSme))
        {
            failures.Add(new("sme-required", "partners", "The call requires at least one SME (micro, small or medium enterprise) in the consortium."));
        }

        if (!OrganisationEligibility.Allows(call.EligiblePrioritySystems, content.PrioritySystem))
        {
            failures.Add(new("priority-system-not-eligible", "prioritySystem", $"The call is open to the SPIs {string.Join(", ", call.EligiblePrioritySystems)}, not {content.PrioritySystem}."));
        }
        foreach (var (component, i) in content.Components.Select((c, i) => (c, i)))
        {
            if (call.EligibleComponents.Count > 0 && !call.EligibleComponents.Contains(component))
            {
                failures.Add(new("component-not-eligible", $"components[{i}]", $"The call is open to the CTIs {string.Join(", ", call.EligibleComponents)}, not {component}."));
            }
        }

        if (content.RequestedGrantEur < call.MinGrantEur)
        {
            failures.Add(new("grant-below-minimum", "requestedGrantEur", $"The grant requested ({content.RequestedGrantEur:0.00} EUR) is below the call's minimum of {call.MinGrantEur:0.00} EUR."));
        }
        if (content.RequestedGrantEur > call.MaxGrantEur)
        {
            failures.Add(new("grant-above-maximum", "requestedGrantEur", $"The grant requested ({content.RequestedGrantEur:0.00} EUR) is above the call's maximum of {call.MaxGrantEur:0.00} EUR."));
        }
        if (content.RequestedGrantEur > content.TotalCostEur)
        {
            failures.Add(new("grant-exceeds-costs", "requestedGrantEur", $"The grant requested ({content.RequestedGrantEur:0.00} EUR) exceeds the project's total cost ({content.TotalCostEur:0.00} EUR)."));
        }

        if (call.EndorsementRequired)
        {
            CheckEndorsement(content, known.GetValueOrDefault(leadOrganisationId), endorsedByCluster, failures);
        }
        return failures;
    }

    private static void CheckEndorsement(ProposalContent content, ApplicantFacts? lead, string? endorsedByCluster, List<EligibilityFailure> failures)
    {
        if (string.IsNullOrWhiteSpace(content.EndorsingClusterCode))
        {
            failures.Add(new("endorsing-cluster-missing", "endorsingClusterCode", "The call requires a cluster's endorsement: name the cluster that endorses the proposal."));
            return;
        }
        if (lead is not null && !lead.ActiveClusterCodes.Contains(content.EndorsingClusterCode, StringComparer.OrdinalIgnoreCase))
        {
            failures.Add(new("lead-not-cluster-member", "endorsingClusterCode", $"{lead.LegalName} is not an active member of {content.EndorsingClusterCode}; only a cluster the lead belongs to can endorse."));
        }
        if (!string.Equals(endorsedByCluster, content.EndorsingClusterCode, StringComparison.OrdinalIgnoreCase))
        {
            failures.Add(new("endorsement-missing", "endorsingClusterCode", $"{content.EndorsingClusterCode} has not endorsed the proposal yet; a manager of that cluster gives the endorsement."));
        }
    }
}
