namespace PiedmontSystem.ServiceDefaults.Errors;

/// <summary>Rules every service states the same way; each service's own rules sit beside its domain.</summary>
public static class CommonRules
{
    public static DomainRuleException InvalidTransition(string entity, string from, string action) =>
        new("invalid-transition", "Not allowed in this state", $"{Article(entity)} {entity} that is {from} cannot be {action}.", 409);

    public static DomainRuleException Forbidden(string detail) =>
        new("forbidden", "Not allowed for you", detail, 403);

    /// <summary>"An intake", "an application", "a call".</summary>
    private static string Article(string noun) => noun.Length > 0 && "aeiouAEIOU".Contains(noun[0], StringComparison.Ordinal) ? "An" : "A";
}
