namespace PiedmontSystem.ClusterRegistry.Apis;

public sealed record IndicatorsResponse(
    DateTimeOffset GeneratedAt,
    int MemberOrganisations,
    int SmeMembers,
    decimal SmeShare,
    int CrossClusterMembers,
    IReadOnlyList<ClusterIndicatorsResponse> Clusters,
    int Projects,
    int ProjectParticipations,
    int ProjectPartners,
    decimal ProjectFundingEur,
    int Collaborations,
    int InternationalCollaborations,
    int InterRegionalCollaborations,
    bool IncludesSyntheticData);

public sealed record ClusterIndicatorsResponse(string Code, string Name, int Members, int SmeMembers, decimal SmeShare, int CrossClusterMembers);
