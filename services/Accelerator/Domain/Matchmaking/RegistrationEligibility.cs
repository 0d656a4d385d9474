using PiedmontSystem.EligibilityRules;

namespace PiedmontSystem.Accelerator.Domain.Matchmaking;

/// <summary>One rule an organisation fails: a stable code, the field it is about, and what is wrong.</summary>
public sealed record RegistrationFailure(string Rule, string Field, string Message);

/// <summary>What the accelerator knows of an organisation from the registry's events.</summary>
public sealed record CandidateFacts(string LegalName, string Kind, string SizeClass, bool InnovativeStartup, string Province, IReadOnlyList<string> PrioritySystems);

/// <summary>
/// Who may take part in Meet the corporates, judged on the accelerator's copy of the registry: the
/// seed's beneficiaries, innovative start-ups and SMEs with high growth potential, based in Piedmont.
/// (The registry does not know growth; an SME is taken at its word.) Every failing rule is reported,
/// each naming its field.
/// </summary>
public static class RegistrationEligibility
{
    public static IReadOnlyList<RegistrationFailure> Check(SessionTerms session, Guid organisationId, CandidateFacts? facts, bool isBuyerInSession)
    {
        var failures = new List<RegistrationFailure>();
        if (facts is null)
        {
            failures.Add(new("organisation-unknown", "organisationId",
                $"Organisation {organisationId} is not in the regional directory (register it in the cluster registry first; the accelerator hears of it within seconds)."));
            return failures;
        }
        var failed = OrganisationEligibility.Failures(ProgrammeCriteria.MeetTheCorporates(session.PrioritySystems),
            new OrganisationFacts(facts.Kind, facts.SizeClass, facts.InnovativeStartup, facts.Province, facts.PrioritySystems));
        if (failed.Contains(OrganisationRule.Kind))
        {
            failures.Add(new("kind-not-eligible", "organisationId", $"{facts.LegalName} is a {facts.Kind}; Meet the corporates is for enterprises (start-ups and SMEs)."));
        }
        else if (failed.Contains(OrganisationRule.StartupOrSme))
        {
            failures.Add(new("size-class-not-eligible", "organisationId", facts.SizeClass == "unknown"
                ? $"{facts.LegalName} is not an innovative start-up and its size class is unknown; give its headcount and turnover in the registry."
                : $"{facts.LegalName} is a {facts.SizeClass} enterprise and not an innovative start-up; Meet the corporates is for innovative start-ups and SMEs."));
        }
        if (failed.Contains(OrganisationRule.Province))
        {
            failures.Add(new("outside-piedmont", "organisationId", string.IsNullOrEmpty(facts.Province)
                ? $"{facts.LegalName} has no province in the registry; the programme is for organisations based in Piedmont."
                : $"{facts.LegalName} is in province {facts.Province}; the programme is for organisations based in Piedmont."));
        }
        if (failed.Contains(OrganisationRule.PrioritySystems))
        {
            failures.Add(new("priority-system-not-eligible", "prioritySystems", facts.PrioritySystems.Count == 0
                ? $"The session is for the SPIs {string.Join(", ", session.PrioritySystems)}; {facts.LegalName} declares none in the registry."
                : $"The session is for the SPIs {string.Join(", ", session.PrioritySystems)}; {facts.LegalName} works in {string.Join(", ", facts.PrioritySystems)}."));
        }
        if (isBuyerInSession)
        {
            failures.Add(new("buyer-in-session", "organisationId", $"{facts.LegalName} takes part in this session as a buyer."));
        }
        return failures;
    }
}
