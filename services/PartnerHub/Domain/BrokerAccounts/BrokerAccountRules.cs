using System.Security.Cryptography;
using System.Text.RegularExpressions;
using PiedmontSystem.Messaging.Catalogue;

namespace PiedmontSystem.PartnerHub.Domain.BrokerAccounts;

/// <summary>
/// How a partner's broker account is named and what it may touch. RabbitMQ checks three regular
/// expressions per user and virtual host (docs: access control): <c>configure</c> (declare and
/// delete queues and exchanges), <c>write</c> (publish to an exchange, bind to a queue) and
/// <c>read</c> (consume from a queue, bind from an exchange). A partner configures and writes
/// only resources named after its user, and reads those and the exchanges of its areas: it can
/// declare <c>partner.crm.organisations</c> and bind it to <c>piedmont.registry.*</c>, but not
/// bind to another area's exchanges, publish to any platform exchange or read a platform queue.
/// </summary>
public static partial class BrokerAccountRules
{
    public const string UserPrefix = "partner.";

    /// <summary>
    /// A partner id as the identity service issues them (<c>partner-1a2b3c4d5e6f</c>,
    /// <c>piedmont-dev-partner</c>): lowercase letters, digits and inner hyphens, at most 64. No dots,
    /// so one partner's prefix (<c>partner.a.</c>) can never cover another's user or queues.
    /// </summary>
    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$")]
    public static partial Regex PartnerIdFormat();

    public static string UserNameOf(string partnerId) => UserPrefix + partnerId;

    /// <summary>The prefix of the queues (and exchanges) the partner may declare: <c>partner.crm.</c>.</summary>
    public static string ResourcePrefixOf(string partnerId) => UserNameOf(partnerId) + ".";

    /// <summary>
    /// The exchanges of an area, as a pattern: every catalogued exchange of the area starts with
    /// <c>piedmont.&lt;area&gt;.</c> (checked by the tests against <see cref="EventCatalogue"/>), and
    /// events added to the area later are covered without re-provisioning.
    /// </summary>
    public static string ExchangePatternOf(string area) => $@"piedmont\.{Regex.Escape(area)}\..*";

    public static BrokerPermissions PermissionsOf(string partnerId, IEnumerable<string> areas)
    {
        var own = $"{Regex.Escape(ResourcePrefixOf(partnerId))}.*";
        var readable = string.Join('|', InCatalogueOrder(areas).Select(ExchangePatternOf).Prepend(own));
        return new BrokerPermissions(Configure: $"^{own}$", Write: $"^{own}$", Read: $"^({readable})$");
    }

    /// <summary>The catalogued exchanges a partner granted <paramref name="areas"/> may bind to.</summary>
    public static IReadOnlyList<string> ExchangesOf(IEnumerable<string> areas)
    {
        var granted = areas.ToHashSet(StringComparer.Ordinal);
        return EventCatalogue.All.Where(e => granted.Contains(e.Area)).Select(e => e.Exchange).ToList();
    }

    /// <summary>A fresh password: 32 random bytes, base64url (43 characters).</summary>
    public static string NewPassword() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static bool IsArea(string area) => EventCatalogue.Areas.Contains(area, StringComparer.Ordinal);

    /// <summary>Distinct areas in the catalogue's order, so the same grant always reads the same.</summary>
    public static List<string> InCatalogueOrder(IEnumerable<string> areas)
    {
        var wanted = areas.ToHashSet(StringComparer.Ordinal);
        return EventCatalogue.Areas.Where(wanted.Contains).ToList();
    }
}

/// <summary>A RabbitMQ user's permissions on one virtual host, three regular expressions.</summary>
public sealed record BrokerPermissions(string Configure, string Write, string Read);
