using PiedmontSystem.ServiceDefaults.Errors;

namespace PiedmontSystem.FundingCalls.Domain;

/// <summary>The funding service's business rules, each with a stable problem type (docs/problems.md).</summary>
public static class FundingRules
{
    public static DomainRuleException ProgrammeBudgetExceeded(string programme, decimal available) =>
        new("programme-budget-exceeded", "Not enough left in the programme",
            $"Programme {programme} has {available:N2} EUR not yet given to calls; the call's budget must fit in it.", 422);

    public static DomainRuleException BudgetExhausted(string callCode, Money remaining, Money amount) =>
        new("budget-exhausted", "The call's budget cannot cover this grant",
            $"Call {callCode} has {remaining:N2} EUR left; a grant of {amount:N2} EUR would over-commit it.", 409);

    public static DomainRuleException ConflictOfInterest(string detail) =>
        new("conflict-of-interest", "Conflict of interest", detail, 409);

    public static DomainRuleException AlreadyApplied(string callCode) =>
        new("proposal-already-exists", "The organisation already leads a proposal to this call",
            $"An organisation leads at most one proposal per call; edit the existing proposal to {callCode} or withdraw it first.", 409);

    public static DomainRuleException EvaluationIncomplete(int missing) =>
        new("evaluation-incomplete", "Scores are missing",
            $"{missing} assignment(s) have not been scored; every eligible proposal needs all its evaluators' scores.", 409);

    public static DomainRuleException NotAssigned() =>
        new("not-assigned", "Not assigned to you", "Only the evaluators assigned to a proposal score it.", 403);

    public static DomainRuleException CallCodeTaken(string code) =>
        new("call-code-taken", "Call code already used", $"Another call already has the code {code}.", 409);

    public static DomainRuleException AlreadyFunded() =>
        new("already-funded", "Already funded", "Another award of this proposal was made at the same moment; it is funded once.", 409);

    public static DomainRuleException EvaluatorAlreadyRegistered(string subject) =>
        new("evaluator-already-registered", "Evaluator already registered", $"An evaluator with subject '{subject}' is already registered.", 409);

    public static DomainRuleException AlreadyAssigned(string evaluatorName) =>
        new("already-assigned", "Evaluator already assigned", $"{evaluatorName} is already assigned to this proposal.", 409);

    public static DomainRuleException OnlyLeadChangesProposal() =>
        CommonRules.Forbidden("Partners read the proposal; only the lead applicant's users change, submit or withdraw it.");
}
