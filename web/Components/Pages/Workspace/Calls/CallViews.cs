using static PiedmontSystem.Web.Localisation.Text;

namespace PiedmontSystem.Web.Components.Pages.Workspace.Calls;

/// <summary>A call as the funding service answers it, with what the officer's pages show.</summary>
public sealed record CallView(
    Guid Id, string Code, string ProgrammeCode, string Title, string Instrument, string Status, DateTimeOffset OpensAt, DateTimeOffset DeadlineAt,
    decimal MinGrantEur, decimal MaxGrantEur, decimal BudgetEur, decimal CommittedEur, decimal RemainingEur,
    IReadOnlyList<CallCriterionView> Criteria, decimal PassThreshold, IReadOnlyList<CallAmendmentView> Amendments,
    DateTimeOffset? PublishedAt, DateTimeOffset? EvaluationCompletedAt);

public sealed record CallCriterionView(string Code, string Name, decimal Weight, decimal MaxScore, decimal Threshold);

public sealed record CallAmendmentView(int Number, DateTimeOffset At, string By, string Reason, IReadOnlyList<AmendedFieldView> Changes);

public sealed record AmendedFieldView(string Field, string? From, string? To);

public sealed record RankingView(Guid CallId, string CallCode, string CallStatus, decimal BudgetEur, decimal CommittedEur, decimal RemainingEur, IReadOnlyList<RankingLineView> Lines);

public sealed record RankingLineView(int? Position, Guid ProposalId, string Title, Guid LeadOrganisationId, string? LeadName, decimal? WeightedTotal,
    string Status, decimal RequestedGrantEur, decimal? AwardedEur, IReadOnlyList<string> FailedThresholds);

public sealed record ProgrammeView(Guid Id, string Code, string Name, string Fund, decimal BudgetEur, decimal AllocatedToCallsEur);

/// <summary>The words for a call's and a proposal's states, in the page's language.</summary>
public static class CallWords
{
    public static string CallStatus(string status) => status switch
    {
        "draft" => T("Bozza", "Draft"),
        "forthcoming" => T("In apertura", "Forthcoming"),
        "open" => T("Aperto", "Open"),
        "closed" => T("Chiuso", "Closed"),
        "under-evaluation" => T("In valutazione", "Under evaluation"),
        "awarded" => T("Finanziato", "Awarded"),
        "concluded" => T("Concluso", "Concluded"),
        _ => status,
    };

    public static string ProposalStatus(string status) => status switch
    {
        "draft" => T("Bozza", "Draft"),
        "eligible" => T("Ammissibile", "Eligible"),
        "ineligible" => T("Non ammissibile", "Ineligible"),
        "evaluated" => T("Valutata", "Evaluated"),
        "ranked" => T("In graduatoria", "Ranked"),
        "funded" => T("Finanziata", "Funded"),
        "reserve" => T("In riserva", "On the reserve list"),
        "rejected" => T("Respinta", "Rejected"),
        "withdrawn" => T("Ritirata", "Withdrawn"),
        _ => status,
    };

    public static string Instrument(string instrument) => instrument switch
    {
        "collaborative-rd-project" => T("Progetto collaborativo di R&S", "Collaborative R&D project"),
        "feasibility-study" => T("Studio di fattibilità", "Feasibility study"),
        "innovation-services-voucher" => T("Voucher per servizi di innovazione", "Innovation services voucher"),
        "cluster-operations-support" => T("Sostegno alle attività dei cluster", "Cluster operations support"),
        "startup-acceleration" => T("Accelerazione di startup", "Start-up acceleration"),
        "transnational-joint-call" => T("Bando congiunto transnazionale", "Transnational joint call"),
        _ => instrument,
    };

    public static readonly IReadOnlyList<string> Instruments =
        ["collaborative-rd-project", "feasibility-study", "innovation-services-voucher", "cluster-operations-support", "startup-acceleration", "transnational-joint-call"];
}
