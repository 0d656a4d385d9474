namespace PiedmontSystem.Internationalisation.Apis.Liaison;

/// <summary>The CEIP liaison's endpoints: liaison requests and introductions.</summary>
public static class LiaisonApis
{
    public static IEndpointRouteBuilder MapLiaisonApis(this IEndpointRouteBuilder app) =>
        app.MapLiaisonRequestsApi().MapIntroductionsApi();
}
