using PiedmontSystem.Deadlines;
using PiedmontSystem.FundingCalls.Domain;
using PiedmontSystem.ServiceDefaults.Http;

namespace PiedmontSystem.FundingCalls.UnitTests;

/// <summary>Calls and proposals for the unit tests, valid unless a test changes them.</summary>
internal static class Builders
{
    public static readonly DateTimeOffset Opening = Rome("2027-01-15T09:00");
    public static readonly DateTimeOffset Deadline = Rome("2027-03-31T12:00");

    public static DateTimeOffset Rome(string local) =>
        RomeTime.TryParse(local, out var instant, out var error) ? instant : throw new ArgumentException(error);

    public static List<EvaluationCriterion> Criteria() =>
    [
        new("quality", new LocalizedText("Qualità", "Quality"), 50, 10, 6),
        new("impact", new LocalizedText("Impatto", "Impact"), 30, 10, 5),
        new("team", new LocalizedText("Gruppo", "Team"), 20, 10, 0),
    ];

    public static CallTerms Terms(DateTimeOffset? opensAt = null, DateTimeOffset? deadlineAt = null) => new(
        "PRFESR-2027-RD-01",
        new LocalizedText("Ricerca collaborativa", "Collaborative research"),
        new LocalizedText("Testo", "Text"),
        Instrument.CollaborativeRdProject,
        ["enterprise", "university"],
        ["micro", "small", "medium"],
        ["GREEN_TECH", "MANUFACTURING"],
        ["DIGITAL", "GREEN"],
        EndorsementRequired: true,
        new ConsortiumRules(2, 5, RequiresSme: true),
        MinGrantEur: Money.Euros(50_000),
        MaxGrantEur: Money.Euros(500_000),
        BudgetEur: Money.Euros(2_000_000),
        opensAt ?? Opening,
        deadlineAt ?? Deadline,
        Criteria(),
        PassThreshold: 60);

    public static FundingCall PublishedCall(DateTimeOffset? opensAt = null, DateTimeOffset? deadlineAt = null)
    {
        var call = FundingCall.Draft(Guid.NewGuid(), Terms(opensAt, deadlineAt), (opensAt ?? Opening).AddDays(-10));
        call.Publish((opensAt ?? Opening).AddDays(-5));
        return call;
    }

    public static ProposalContent Content(Guid partner, string? cluster = "MESAP", decimal requested = 200_000, string spi = "GREEN_TECH") =>
        new("Recycled composites", "Recycling carbon-fibre composites for automotive parts.", spi, ["GREEN"], cluster, Money.Euros(250_000), [new PartnerShare(partner, Money.Euros(150_000))], Money.Euros(requested));
}
