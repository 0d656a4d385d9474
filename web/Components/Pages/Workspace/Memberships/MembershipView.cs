namespace PiedmontSystem.Web.Components.Pages.Workspace.Memberships;

/// <summary>A membership as the registry answers it, with what the manager's pages show.</summary>
public sealed record MembershipView(Guid Id, Guid OrganisationId, string OrganisationName, string ClusterCode, string Status, DateTimeOffset RequestedAt, IReadOnlyList<MembershipStepView> Steps);

public sealed record MembershipStepView(string Status, DateTimeOffset At, string By, string? Note);
