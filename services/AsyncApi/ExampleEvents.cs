using System.Collections;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using PiedmontSystem.Contracts;

namespace PiedmontSystem.AsyncApi;

/// <summary>
/// A realistic instance of each contract for the document's examples, the same on every run: ids
/// of seeded records where there is one (Proplast, the CLEVER cluster), name-based uuids otherwise
/// (the same field name, the same id across events), Piedmont's provinces and SPI codes, and
/// values taken from the field's own doc (<c>e.g. CLEVER</c>, or the first of <c>a, b or c</c>).
/// The instance is serialized by the bus's own options, so the example is what would be sent.
/// </summary>
internal static partial class ExampleEvents
{
    /// <summary>When the examples happen: every <c>occurredAt</c>, and the envelope's <c>sentTime</c> just after.</summary>
    public static readonly DateTimeOffset OccurredAt = new(2026, 11, 24, 17, 5, 12, 345, TimeSpan.Zero);

    private static readonly Guid Proplast = SeedIds.For("organisation", "PROPLAST");
    private static readonly Guid Clever = SeedIds.For("cluster", "CLEVER");

    /// <summary>Values by field name (camel case), for fields whose doc gives no example.</summary>
    private static readonly Dictionary<string, object> ByName = new(StringComparer.Ordinal)
    {
        ["organisationId"] = Proplast,
        ["leadOrganisationId"] = Proplast,
        ["participantOrganisationId"] = Proplast,
        ["profileOrganisationId"] = Proplast,
        ["clusterId"] = Clever,
        ["legalName"] = "Proplast",
        ["vatNumber"] = "01232710374",
        ["kind"] = "research-body",
        ["province"] = "AL",
        ["sizeClass"] = "small",
        ["atecoCode"] = "72.19",
        ["prioritySystems"] = new[] { "GREEN_TECH", "MANUFACTURING" },
        ["eligiblePrioritySystems"] = new[] { "GREEN_TECH", "MANUFACTURING" },
        ["eligibleKinds"] = new[] { "enterprise", "research-body" },
        ["eligibleProvinces"] = new[] { "TO", "AL", "CN" },
        ["clusterCodes"] = new[] { "CLEVER", "POLIGHT" },
        ["targetCountries"] = new[] { "DE", "FR" },
        ["countriesOfInterest"] = new[] { "DE", "FR", "ES" },
        ["keywords"] = new[] { "recycled polymers", "bio-based packaging" },
        ["details"] = new[] { "Technical quality below the threshold of 60 points (scored 52)." },
        ["reference"] = "BOIT20261124001",
        ["profileReference"] = "BOIT20261124001",
        ["country"] = "DE",
        ["partnerCountry"] = "FR",
        ["city"] = "Düsseldorf",
        ["place"] = "Torino, Lingotto Fiere",
        ["programmeCode"] = "PR-FESR-2021-2027",
        ["projectTitle"] = "CIRCPACK — recyclable multilayer packaging for food",
        ["titleIt"] = "Materiali circolari per l'imballaggio",
        ["titleEn"] = "Circular materials for packaging",
        ["summaryIt"] = "Cerchiamo un partner industriale per validare su scala pilota un film riciclabile.",
        ["summaryEn"] = "We seek an industrial partner to validate a recyclable film at pilot scale.",
        ["nameEn"] = "Clean technologies and renewable energy cluster",
        ["nameIt"] = "Polo Clever — Energia e tecnologie pulite",
        ["endorsingClusterCode"] = "CLEVER",
        ["clusterCode"] = "CLEVER",
        ["contentHash"] = "9f2c4e1b7a6d3c8e5f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f67",
        ["pitchIt"] = "Sensori a basso costo per il monitoraggio dei campi.",
        ["pitchEn"] = "Low-cost sensors for field monitoring.",
        ["partnerName"] = "Plastipolis",
        ["title"] = "Joint call on circular plastics",
        ["subject"] = "3f0c5a9e-7d1b-4c2a-9e8f-1a2b3c4d5e6f",
        ["grantedBy"] = "b7e1d2c3-4a5b-4c6d-8e7f-9a0b1c2d3e4f",
        ["revokedBy"] = "b7e1d2c3-4a5b-4c6d-8e7f-9a0b1c2d3e4f",
        ["registeredBy"] = "3f0c5a9e-7d1b-4c2a-9e8f-1a2b3c4d5e6f",
        ["reason"] = "Deadline extended after the helpdesk outage of 20 March.",
        ["closedEarlyReason"] = "Cohort capacity reached by eligible applications.",
        ["referralReference"] = "CLEVER",
        ["intakeCode"] = "BA-2027",
        ["callCode"] = "PRFESR-2026-RD-01",
        ["opensAt"] = new DateTimeOffset(2027, 1, 15, 9, 0, 0, TimeSpan.FromHours(1)),
        ["deadlineAt"] = new DateTimeOffset(2027, 3, 31, 12, 0, 0, TimeSpan.FromHours(2)),
        ["startsAt"] = new DateTimeOffset(2027, 3, 10, 9, 0, 0, TimeSpan.FromHours(1)),
        ["endsAt"] = new DateTimeOffset(2027, 3, 10, 13, 0, 0, TimeSpan.FromHours(1)),
        ["registrationDeadline"] = new DateTimeOffset(2027, 3, 3, 23, 59, 59, TimeSpan.FromHours(1)),
        ["foundedOn"] = new DateOnly(1998, 3, 2),
        ["date"] = new DateOnly(2027, 3, 10),
        ["periodEnd"] = new DateOnly(2027, 6, 30),
        ["dueOn"] = new DateOnly(2027, 9, 30),
        ["expiresOn"] = new DateOnly(2027, 11, 24),
        ["introducedOn"] = new DateOnly(2026, 11, 20),
        ["on"] = new DateOnly(2026, 12, 15),
        ["startsOn"] = new DateOnly(2027, 1, 1),
        ["budgetEur"] = 2_500_000.00m,
        ["awardedAmountEur"] = 180_000.00m,
        ["euShareEur"] = 72_000.00m,
        ["regionalShareEur"] = 108_000.00m,
        ["requestedGrantEur"] = 185_000.00m,
        ["valueEur"] = 48_500.50m,
        ["weightedTotal"] = 87.50m,
        ["feeEur"] = 350.00m,
        ["amendmentNumber"] = 1,
        ["submittedProposals"] = 14,
        ["rejectedProposals"] = 3,
        ["version"] = 1,
        ["programmeYear"] = 1,
        ["cohortCapacity"] = 12,
        ["serviceMonths"] = 6,
        ["submittedApplications"] = 37,
        ["completed"] = 11,
        ["droppedOut"] = 1,
        ["year"] = 1,
        ["reminder"] = 0,
        ["buyersFromOutsideRegion"] = 2,
        ["slot"] = 3,
        ["table"] = 4,
        ["capacity"] = 20,
        ["waitListPosition"] = 2,
        ["position"] = 1,
        ["innovativeStartup"] = false,
        ["innovativeStartupsOnly"] = true,
        ["eligible"] = true,
        ["shareWithCeip"] = true,
        ["fromWaitList"] = false,
        ["administrator"] = true,
        ["late"] = false,
        ["buyerFromOutsideRegion"] = true,
    };

    /// <summary>Values for one field of one contract, where the field name means different things in different events.</summary>
    private static readonly Dictionary<(Type, string), object?> ByContractField = new()
    {
        [(typeof(ProposalRejected), "reason")] = "below-threshold",
        [(typeof(MembershipRejected), "reason")] = "The organisation has no site in Piedmont.",
        [(typeof(MembershipSuspended), "reason")] = "Membership fee for 2026 unpaid.",
        [(typeof(MembershipEnded), "reason")] = "The organisation left the cluster.",
        [(typeof(ProposalWithdrawn), "reason")] = "The consortium lost its industrial partner.",
        [(typeof(LiaisonRequestAssessed), "reason")] = "The target market is outside CEIP's network.",
        [(typeof(IntroductionOutcomeRecorded), "reason")] = "The partner chose a supplier closer to home.",
        [(typeof(IntakeAmended), "reason")] = "More places financed by the 2027 budget.",
        [(typeof(CallAmended), "changes")] = new[] { new FieldChange("deadlineAt", "2027-03-31T12:00:00+02:00", "2027-04-15T12:00:00+02:00") },
        [(typeof(EvaluationCompleted), "ranking")] = new[]
        {
            new RankedProposal(1, Uuid("proposalId"), Proplast, 87.50m),
            new RankedProposal(2, Uuid("proposalId-2"), Uuid("leadOrganisationId-2"), 74.25m),
        },
        [(typeof(StaffRoleGranted), "role")] = "cluster-manager",
        [(typeof(StaffRoleRevoked), "role")] = "cluster-manager",
        [(typeof(StaffRoleGranted), "clusterCode")] = "CLEVER",
        [(typeof(StaffRoleRevoked), "clusterCode")] = "CLEVER",
        [(typeof(CollaborationRecorded), "partnerRegion")] = "Auvergne-Rhône-Alpes",
        [(typeof(IntroductionMade), "partnerName")] = "Stellantis Deutschland GmbH",
        [(typeof(IntroductionMade), "partnerCountry")] = "DE",
        [(typeof(InternationalEventPublished), "startsAt")] = new DateTimeOffset(2027, 10, 12, 10, 0, 0, TimeSpan.FromHours(2)),
        [(typeof(InternationalEventPublished), "endsAt")] = new DateTimeOffset(2027, 10, 16, 18, 0, 0, TimeSpan.FromHours(2)),
        [(typeof(InternationalEventPublished), "titleIt")] = "Missione alla fiera K 2027",
        [(typeof(InternationalEventPublished), "titleEn")] = "Mission to the K 2027 fair",
        [(typeof(ApplicationSubmitted), "prioritySystem")] = "GREEN_TECH",
        [(typeof(StartupAdmitted), "prioritySystem")] = "GREEN_TECH",
        [(typeof(StartupAdmitted), "legalName")] = "AgriSense S.r.l.",
        [(typeof(ClusterUpdated), "code")] = "CLEVER",
        [(typeof(ClusterUpdated), "status")] = "active",
        [(typeof(ClusterUpdated), "successorCode")] = null,
        [(typeof(LiaisonRequestAssessed), "decision")] = "declined",
        [(typeof(LiaisonRequestOpened), "source")] = "cluster",
        [(typeof(IntroductionOutcomeRecorded), "stage")] = "dropped",
    };

    /// <summary>An instance of <paramref name="type"/> (a contract record) with every field filled.</summary>
    public static object Create(Type type)
    {
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var arguments = constructor.GetParameters().Select(p => ValueFor(type, p)).ToArray();
        return constructor.Invoke(arguments);
    }

    /// <summary>A name-based uuid that looks like the platform's own (version 7, made in November 2026).</summary>
    public static Guid Uuid(string name)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes("piedmont-asyncapi-example:" + name)).AsSpan(0, 16).ToArray();
        var milliseconds = OccurredAt.ToUnixTimeMilliseconds() - (bytes[15] * 1_000_000L);
        for (var i = 0; i < 6; i++)
        {
            bytes[i] = (byte)(milliseconds >> (8 * (5 - i)));
        }
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x70);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }

    private static object? ValueFor(Type contract, ParameterInfo parameter)
    {
        var name = char.ToLowerInvariant(parameter.Name![0]) + parameter.Name[1..];
        var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        if (ByContractField.TryGetValue((contract, name), out var specific))
        {
            return specific is null ? null : Convert(specific, type);
        }
        if (type == typeof(DateTimeOffset) && name == "occurredAt")
        {
            return OccurredAt;
        }
        var doc = ContractDocumentation.Field(contract, parameter.Name);
        var elementType = type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type) ? type.GetGenericArguments()[0] : null;
        if ((type == typeof(string) || elementType == typeof(string)) && doc is not null && FromDoc(doc) is { } documented)
        {
            return elementType is null ? documented : new[] { documented };
        }
        if (ByName.TryGetValue(name, out var value))
        {
            return Convert(value, type);
        }
        return type switch
        {
            _ when type == typeof(Guid) => Uuid(name),
            _ when elementType == typeof(Guid) => new[] { Uuid(name + "-1"), Uuid(name + "-2") },
            _ when elementType is not null && ContractSchemas.IsContractRecord(elementType) => ArrayOf(elementType, Create(elementType)),
            _ when ContractSchemas.IsContractRecord(type) => Create(type),
            _ => throw new InvalidOperationException(
                $"No example for {contract.Name}.{parameter.Name}: give its doc an \"e.g.\" or add it to {nameof(ExampleEvents)}."),
        };
    }

    /// <summary>An example the doc gives: what follows "e.g." (a quoted text, or one word), or the first of "a, b or c".</summary>
    private static string? FromDoc(string doc)
    {
        if (ForExample().Match(doc) is { Success: true } example)
        {
            return example.Groups["quoted"].Success ? example.Groups["quoted"].Value : example.Groups["word"].Value.TrimEnd('.');
        }
        return Alternatives().Match(doc) is { Success: true } alternatives ? alternatives.Groups["first"].Value : null;
    }

    private static object Convert(object value, Type type) =>
        value is int number && type == typeof(decimal) ? (decimal)number : value;

    private static Array ArrayOf(Type elementType, object element)
    {
        var array = Array.CreateInstance(elementType, 1);
        array.SetValue(element, 0);
        return array;
    }

    [GeneratedRegex("""e\.g\. (?:"(?<quoted>[^"]+)"|`?(?<word>[^\s,;()`]+))""", RegexOptions.CultureInvariant)]
    private static partial Regex ForExample();

    [GeneratedRegex(@"^(?<first>[a-z0-9][a-z0-9-]*)(?:, [a-z0-9-]+)*,? or [a-z0-9-]+(?:[.:]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex Alternatives();
}
