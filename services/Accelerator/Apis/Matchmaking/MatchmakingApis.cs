namespace PiedmontSystem.Accelerator.Apis.Matchmaking;

/// <summary>Meet the corporates: every endpoint under <c>/api/accelerator/matchmaking</c> (README, "Meet the corporates").</summary>
public static class MatchmakingApis
{
    public static IEndpointRouteBuilder MapMatchmakingApis(this IEndpointRouteBuilder app)
    {
        app.MapBuyersApi();
        app.MapSessionsApi();
        app.MapSessionBuyersApi();
        app.MapRegistrationsApi();
        app.MapMeetingRequestsApi();
        app.MapBookingsApi();
        app.MapSchedulingApi();
        app.MapAgendasApi();
        app.MapMeetingsApi();
        app.MapContractsApi();
        return app;
    }
}
