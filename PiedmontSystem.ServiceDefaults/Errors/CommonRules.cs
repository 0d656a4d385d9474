namespace PiedmontSystem.ServiceDefaults.Errors;

/// <summary>Rules every service states the same way; each service's own rules sit beside its domain.</summary>
public static class CommonRules
{
    public static DomainRuleException InvalidTransition(string entity, string from, string action) =>
        new("invalid-transition", "Not allowed in this state", $"A {entity} that is {from} cannot be {action}.", 409);

    public static DomainRuleException Forbidden(string detail) =>
        new("forbidden", "Not allowed for you", detail, 403);
}
