using PiedmontSystem.Contracts;
using PiedmontSystem.ServiceDefaults.Errors;

namespace PiedmontSystem.Web.Opportunities;

/// <summary>
/// What the feed is asked for: a type and status, who is asking (kind, size class, SPI, province,
/// innovative start-up) and words in the title. Every value is checked against the reference
/// codes; a wrong one is a validation problem naming its parameter.
/// </summary>
public sealed record OpportunityFilter(
    string? Type = null,
    OpportunityStatus? Status = null,
    string? Kind = null,
    string? SizeClass = null,
    string? Spi = null,
    string? Province = null,
    bool? InnovativeStartup = null,
    string? Q = null)
{
    public static readonly IReadOnlyList<string> Statuses = ["forthcoming", "open", "closed"];

    /// <summary>The filter of a request's query string values; throws <see cref="RequestValidationException"/> naming every wrong one.</summary>
    public static OpportunityFilter Parse(string? type, string? status, string? kind, string? sizeClass, string? spi, string? province, string? innovativeStartup, string? q)
    {
        var errors = new Dictionary<string, string[]>();
        var filter = new OpportunityFilter(
            Code(type, nameof(type), OpportunityTypes.All),
            Code(status, nameof(status), Statuses) is { } s ? Enum.Parse<OpportunityStatus>(s, ignoreCase: true) : null,
            Code(kind, nameof(kind), ReferenceCodes.OrganisationKinds),
            Code(sizeClass, nameof(sizeClass), ReferenceCodes.SizeClasses),
            Code(spi?.ToUpperInvariant(), nameof(spi), ReferenceCodes.PrioritySystems),
            Code(province?.ToUpperInvariant(), nameof(province), ReferenceCodes.Provinces),
            Flag(innovativeStartup, nameof(innovativeStartup)),
            string.IsNullOrWhiteSpace(q) ? null : q.Trim());
        if (filter.Q is { Length: > 100 })
        {
            errors[nameof(q)] = ["Search with at most 100 characters."];
        }
        return errors.Count > 0 ? throw new RequestValidationException(errors) : filter;

        string? Code(string? value, string parameter, IReadOnlyList<string> allowed)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return null;
            }
            if (allowed.Contains(value.Trim()))
            {
                return value.Trim();
            }
            errors[parameter] = [$"'{value}' is not one of: {string.Join(", ", allowed)}."];
            return null;
        }

        bool? Flag(string? value, string parameter)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return null;
            }
            if (bool.TryParse(value, out var flag))
            {
                return flag;
            }
            errors[parameter] = [$"'{value}' is not true or false."];
            return null;
        }
    }

    /// <summary>The asker this filter describes, when it names any of the asker's facts.</summary>
    public Asker? AsAsker() =>
        Kind is null && SizeClass is null && Spi is null && Province is null && InnovativeStartup is null
            ? null
            : new Asker(null, Kind, SizeClass, InnovativeStartup, Province, Spi is null ? null : [Spi]);
}
