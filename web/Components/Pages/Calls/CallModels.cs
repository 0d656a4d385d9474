using PiedmontSystem.EligibilityRules;
using static PiedmontSystem.Web.Localisation.Text;

namespace PiedmontSystem.Web.Components.Pages.Calls;

public sealed record ConsortiumRules(int MinParticipants, int MaxParticipants, bool RequiresSme);

public sealed record CallEligibility(
    IReadOnlyList<string> Kinds, IReadOnlyList<string> SizeClasses, IReadOnlyList<string> PrioritySystems, IReadOnlyList<string> Components,
    bool EndorsementRequired, ConsortiumRules Consortium);

public sealed record CallCriterion(string Code, string Name, decimal Weight, decimal MaxScore, decimal Threshold);

public sealed record CallAmendment(int Number, DateTimeOffset At, string Reason);

/// <summary>A call as GET /api/funding/calls/{id} answers it, in the page's language.</summary>
public sealed record CallView(
    Guid Id, string Code, string ProgrammeCode, string Title, string Text, string Instrument, string Status, DateTimeOffset OpensAt, DateTimeOffset DeadlineAt,
    CallEligibility Eligibility, decimal MinGrantEur, decimal MaxGrantEur, decimal BudgetEur, decimal RemainingEur,
    IReadOnlyList<CallCriterion> Criteria, decimal PassThreshold, IReadOnlyList<CallAmendment> Amendments);

/// <summary>The registry's facts about the signed-in organisation that a call's eligibility names.</summary>
public sealed record ApplicantView(Guid Id, string LegalName, string Kind, string SizeClass, IReadOnlyList<ApplicantCluster> Clusters);

public sealed record ApplicantCluster(string Code, string Name);

/// <summary>One eligibility rule of a call, read against the organisation: met, not met, or judged at submission.</summary>
public sealed record EligibilityLine(string Rule, bool? Met);

public sealed record ParticipantView(Guid OrganisationId, string Role, string? LegalName, decimal BudgetEur, decimal SharePercent);

public sealed record ContentView(string Title, string Summary, string PrioritySystem, IReadOnlyList<string> Components, string? EndorsingClusterCode,
    IReadOnlyList<ParticipantView> Participants, decimal TotalCostEur, decimal RequestedGrantEur);

public sealed record ReceiptView(Guid ProposalId, int Version, DateTimeOffset SubmittedAt, string ContentHash);

public sealed record FailureView(string Rule, string Field, string Message);

/// <summary>A proposal as GET /api/funding/proposals/{id} answers it.</summary>
public sealed record ProposalView(
    Guid Id, Guid CallId, string CallCode, Guid LeadOrganisationId, string Status, ContentView? Content, ContentView? Submitted, bool HasUnsubmittedChanges,
    ReceiptView? Receipt, IReadOnlyList<FailureView> IneligibilityReasons, DateTimeOffset CreatedAt);

public sealed record SubmissionView(ReceiptView Receipt, bool Eligible, ProposalView Proposal);

public sealed class ProposalInput
{
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public string? PrioritySystem { get; set; }
    public string? EndorsingClusterCode { get; set; }
    public string? LeadBudgetEur { get; set; }
    public string? RequestedGrantEur { get; set; }
    public string IdempotencyKey { get; set; } = Guid.NewGuid().ToString();
    public string SubmitKey { get; set; } = Guid.NewGuid().ToString();
}

public sealed record ProposalDraft(string? Title, string? Summary, string? PrioritySystem, IReadOnlyList<string> Components, string? EndorsingClusterCode,
    decimal LeadBudgetEur, IReadOnlyList<object> Partners, decimal RequestedGrantEur);

/// <summary>The funding service's codes in words.</summary>
public static class CallWords
{
    public static string Status(string status) => status switch
    {
        "draft" => T("Bozza", "Draft"),
        "forthcoming" => T("In arrivo", "Forthcoming"),
        "open" => T("Aperto", "Open"),
        "closed" => T("Chiuso", "Closed"),
        "under-evaluation" => T("In valutazione", "Under evaluation"),
        "awarded" => T("Aggiudicato", "Awarded"),
        "concluded" => T("Concluso", "Concluded"),
        _ => status,
    };

    public static string Instrument(string instrument) => instrument switch
    {
        "collaborative-rd-project" => T("Progetto di ricerca e sviluppo collaborativo", "Collaborative R&D project"),
        "feasibility-study" => T("Studio di fattibilità", "Feasibility study"),
        "innovation-services-voucher" => T("Voucher per servizi di innovazione", "Innovation-services voucher"),
        "cluster-operations-support" => T("Sostegno alle attività dei poli", "Cluster operations support"),
        "startup-acceleration" => T("Accelerazione di start-up", "Start-up acceleration"),
        "transnational-joint-call" => T("Bando congiunto transnazionale", "Transnational joint call"),
        _ => instrument,
    };

    public static string ProposalStatus(string status) => status switch
    {
        "draft" => T("Bozza, non presentata", "Draft, not submitted"),
        "eligible" => T("Presentata, ammissibile", "Submitted, eligible"),
        "ineligible" => T("Presentata, non ammissibile", "Submitted, not eligible"),
        "evaluated" => T("Valutata", "Evaluated"),
        "ranked" => T("In graduatoria", "Ranked"),
        "funded" => T("Finanziata", "Funded"),
        "reserve" => T("In lista di riserva", "On the reserve list"),
        "rejected" => T("Non finanziata", "Not funded"),
        "withdrawn" => T("Ritirata", "Withdrawn"),
        _ => status,
    };

    public static string PrioritySystem(string code) => code switch
    {
        "AEROSPACE" => T("Aerospazio", "Aerospace"),
        "MOBILITY" => T("Mobilità", "Mobility"),
        "MANUFACTURING" => T("Manifattura avanzata", "Advanced manufacturing"),
        "GREEN_TECH" => T("Tecnologie, risorse e materiali verdi", "Green technologies, resources and materials"),
        "FOOD" => T("Alimentare", "Food"),
        "HEALTH" => T("Salute", "Health"),
        _ => code,
    };

    public static string Component(string code) => code switch
    {
        "DIGITAL" => T("Transizione digitale", "Digital transition"),
        "GREEN" => T("Transizione verde", "Green transition"),
        "SOCIO_TERRITORIAL" => T("Impatto socio-territoriale", "Socio-territorial impact"),
        "SKILLS" => T("Competenze", "Skills"),
        _ => code,
    };

    public static IReadOnlyList<string> PrioritySystems { get; } = ["AEROSPACE", "MOBILITY", "MANUFACTURING", "GREEN_TECH", "FOOD", "HEALTH"];

    public static IReadOnlyList<string> Components { get; } = ["DIGITAL", "GREEN", "SOCIO_TERRITORIAL", "SKILLS"];

    /// <summary>
    /// The call's rules read against the organisation as the registry knows it: the per-organisation
    /// ones (kind; size class, for enterprises) by the shared rules the funding service itself runs
    /// at submission (PiedmontSystem.EligibilityRules); the others are said, and judged at submission.
    /// </summary>
    public static IReadOnlyList<EligibilityLine> Against(CallView call, ApplicantView? applicant)
    {
        var lines = new List<EligibilityLine>();
        var e = call.Eligibility;
        var failures = applicant is null
            ? null
            : OrganisationEligibility.Failures(ProgrammeCriteria.FundingCall(e.Kinds, e.SizeClasses),
                new OrganisationFacts(applicant.Kind, applicant.SizeClass, InnovativeStartup: false, Province: "", PrioritySystems: []));
        if (e.Kinds.Count > 0)
        {
            lines.Add(new(T("Tipo di organizzazione: ", "Kind of organisation: ") + string.Join(", ", e.Kinds.Select(Clusters.ClusterWords.OrganisationKind)),
                failures is null ? null : !failures.Contains(OrganisationRule.Kind)));
        }
        if (e.SizeClasses.Count > 0)
        {
            lines.Add(new(T("Dimensione (solo imprese): ", "Size (enterprises only): ") + string.Join(", ", e.SizeClasses.Select(Clusters.ClusterWords.SizeClass)),
                failures is null ? null : !failures.Contains(OrganisationRule.SizeClass)));
        }
        if (e.PrioritySystems.Count > 0)
        {
            lines.Add(new(T("Sistema prioritario della proposta: ", "Priority system of the proposal: ") + string.Join(", ", e.PrioritySystems.Select(PrioritySystem)), null));
        }
        if (e.EndorsementRequired)
        {
            lines.Add(new(T("Serve il sostegno di un cluster di cui il capofila sia membro attivo", "A cluster the lead applicant is an active member of must endorse the proposal"),
                applicant is null ? null : applicant.Clusters.Count > 0 ? null : false));
        }
        lines.Add(new(T($"Partecipanti: da {e.Consortium.MinParticipants} a {e.Consortium.MaxParticipants}", $"Participants: {e.Consortium.MinParticipants} to {e.Consortium.MaxParticipants}")
            + (e.Consortium.RequiresSme ? T(", almeno una PMI", ", at least one SME") : ""),
            applicant is null || e.Consortium.MinParticipants > 1 || !e.Consortium.RequiresSme ? null
                : applicant.Kind == "enterprise" && OrganisationEligibility.IsSme(applicant.SizeClass)));
        lines.Add(new(T($"Contributo richiesto tra {Euros(call.MinGrantEur)} e {Euros(call.MaxGrantEur)}", $"Grant requested between {Euros(call.MinGrantEur)} and {Euros(call.MaxGrantEur)}"), null));
        return lines;
    }
}
