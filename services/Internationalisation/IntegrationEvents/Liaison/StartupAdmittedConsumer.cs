using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PiedmontSystem.Contracts;
using PiedmontSystem.Internationalisation.Domain.Liaison;
using PiedmontSystem.Internationalisation.Infrastructure;
using PiedmontSystem.Messaging.Inbox;
using PiedmontSystem.RequestHandling.Auditing;

namespace PiedmontSystem.Internationalisation.IntegrationEvents.Liaison;

/// <summary>
/// A start-up admitted to the accelerator that consented to share its ambitions with CEIP and named
/// target countries is referred here: a foreign-market-entry request opens by itself, once per
/// admission (the inbox drops a redelivered message; the unique referral key drops a re-published one).
/// </summary>
public sealed class StartupAdmittedConsumer(InternationalisationDbContext db, TimeProvider clock, IOptions<LiaisonOptions> options, ILogger<StartupAdmittedConsumer> logger)
    : IdempotentConsumer<StartupAdmitted, InternationalisationDbContext>(db, clock, logger)
{
    public const string Actor = "accelerator-referral";

    protected override string InboxName => nameof(StartupAdmittedConsumer);

    protected override async Task HandleAsync(StartupAdmitted message, ConsumeContext<StartupAdmitted> context, CancellationToken cancellationToken)
    {
        if (!message.ShareWithCeip || message.TargetCountries.Count == 0)
        {
            return;
        }
        var key = ReferralKey(message.ApplicationId);
        if (await Db.LiaisonRequests.AnyAsync(r => r.ReferralKey == key, cancellationToken))
        {
            logger.LogInformation("Admission {ApplicationId} already opened a liaison request; ignored", message.ApplicationId);
            return;
        }
        var now = Clock.GetUtcNow();
        var countries = message.TargetCountries.Where(CountryCodes.All.Contains).ToList();
        var request = LiaisonRequest.Open(message.OrganisationId, LiaisonKind.ForeignMarketEntry, countries, [message.PrioritySystem], null,
            message.PitchIt, message.PitchEn ?? (message.PitchIt is null ? $"Start-up admitted to accelerator intake {message.IntakeCode}." : null),
            LiaisonUrgency.Normal, LiaisonSource.Accelerator, message.IntakeCode, key, Actor, now, options.Value.AssessBy(now));
        Db.LiaisonRequests.Add(request);
        Db.RecordChange(new ChangeAuthor(now, Actor, context.CorrelationId?.ToString()), LiaisonEvents.Opened(request), "liaison-request.opened", "liaison-request", request.Id,
            new { referral = "accelerator", message.ApplicationId, message.IntakeCode });
    }

    public static string ReferralKey(Guid applicationId) => $"accelerator:{applicationId}";
}
