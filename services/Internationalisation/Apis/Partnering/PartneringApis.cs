namespace PiedmontSystem.Internationalisation.Apis.Partnering;

/// <summary>The partnering endpoints: profiles and the interests expressed in them.</summary>
public static class PartneringApis
{
    public static IEndpointRouteBuilder MapPartneringApis(this IEndpointRouteBuilder app) =>
        app.MapPartneringProfilesApi().MapPartneringInterestsApi();
}
