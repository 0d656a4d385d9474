namespace PiedmontSystem.FundingCalls.Domain;

/// <summary>A grant awarded to a proposal, split between the EU and the region at the programme's rate.</summary>
public sealed class Grant
{
    private Grant()
    {
    }

    public Guid Id { get; private set; }
    public Guid ProposalId { get; private set; }
    public Guid CallId { get; private set; }
    public Money AmountEur { get; private set; }
    public Money EuShareEur { get; private set; }
    public Money RegionalShareEur { get; private set; }
    public DateTimeOffset AwardedAt { get; private set; }
    public string AwardedBy { get; private set; } = "";

    public static Grant Award(Proposal proposal, Programme programme, Money amountEur, string by, DateTimeOffset now)
    {
        var (eu, regional) = programme.Split(amountEur);
        return new Grant
        {
            Id = Guid.CreateVersion7(now),
            ProposalId = proposal.Id,
            CallId = proposal.CallId,
            AmountEur = amountEur,
            EuShareEur = eu,
            RegionalShareEur = regional,
            AwardedAt = now,
            AwardedBy = by,
        };
    }
}
