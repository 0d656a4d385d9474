namespace PiedmontSystem.Internationalisation.Apis.Events;

/// <summary>International events, their registrations (and, as they come, B2B days and partnering profiles).</summary>
public static class InternationalEventsApis
{
    public static IEndpointRouteBuilder MapInternationalEventsApis(this IEndpointRouteBuilder app) =>
        app.MapInternationalEventsApi()
            .MapEventRegistrationsApi()
            .MapB2bDaysApi()
            .MapB2bParticipantsApi();
}
