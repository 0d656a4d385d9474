using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.PartnerHub.Domain.Notices;
using PiedmontSystem.Persistence;
using PiedmontSystem.ServiceDefaults.Http;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.PartnerHub.Apis;

/// <summary>What the hub told a partner about its subscriptions (a subscription disabled), newest first.</summary>
public static class NoticesApi
{
    public sealed record NoticeResponse(Guid Id, Guid? SubscriptionId, string Kind, string Message, DateTimeOffset RaisedAt)
    {
        public static NoticeResponse Of(PartnerNotice n) => new(n.Id, n.SubscriptionId, n.Kind, n.Message, n.RaisedAt);
    }

    public static IEndpointRouteBuilder MapNoticesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/partners/notices", ListNotices).WithName(nameof(ListNotices)).WithTags("Webhooks")
            .WithSummary("What the hub told you about your subscriptions, newest first").RequireAuthorization(Policies.PartnerSystem);
        return app;
    }

    public static async Task<Ok<Page<NoticeResponse>>> ListNotices([AsParameters] PartnerHubServices services, string? cursor, int? limit)
    {
        var query = services.Db.Notices.AsNoTracking().Where(n => n.PartnerId == services.User.Subject);
        var page = await NewestFirst.ReadAsync(query, cursor, limit, services.Cancellation);
        return TypedResults.Ok(page.Map(NoticeResponse.Of));
    }

    private static readonly Keyset<PartnerNotice, DateTimeOffset> NewestFirst = Keyset.By<PartnerNotice, DateTimeOffset>(n => n.RaisedAt, n => n.Id, descending: true);
}
