using Microsoft.EntityFrameworkCore;
using PiedmontSystem.PartnerHub.Domain.FailedMessages;
using PiedmontSystem.PartnerHub.Infrastructure;
using PiedmontSystem.PartnerHub.Infrastructure.Broker;
using PiedmontSystem.PartnerHub.Infrastructure.EntityConfigurations;
using PiedmontSystem.Persistence;

namespace PiedmontSystem.PartnerHub.Apis.Operations;

/// <summary>The hub's records of the messages it reads in an error queue: created when first seen, their fault times kept up to date.</summary>
internal static class FailedMessageRecords
{
    /// <summary>The record of each copy (tracked, not saved): found and updated, or created.</summary>
    public static async Task<Dictionary<string, FailedMessage>> NoteAsync(PartnerHubDbContext db, string errorQueue, IReadOnlyList<FailedCopy> copies,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ids = copies.Select(c => c.MessageId).Distinct().ToList();
        var records = await db.FailedMessages.Where(m => m.ErrorQueue == errorQueue && ids.Contains(m.MessageId))
            .ToDictionaryAsync(m => m.MessageId, cancellationToken);
        foreach (var copy in copies)
        {
            if (records.TryGetValue(copy.MessageId, out var record))
            {
                record.SeenAgain(copy.Fault, now);
            }
            else
            {
                records[copy.MessageId] = db.FailedMessages.Add(FailedMessage.Seen(errorQueue, copy.Fault, now)).Entity;
            }
        }
        return records;
    }

    /// <summary>
    /// Notes and saves what a read saw. Two operators reading the same queue at once may both
    /// create a record: the second save then fails on the unique index, and is done again on what the first wrote.
    /// </summary>
    public static async Task<Dictionary<string, FailedMessage>> SaveSeenAsync(PartnerHubDbContext db, string errorQueue, IReadOnlyList<FailedCopy> copies,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var records = await NoteAsync(db, errorQueue, copies, now, cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return records;
            }
            catch (DbUpdateException ex) when (attempt == 1 && ex.IsUniqueViolation(FailedMessageConfiguration.OnePerQueueAndMessage))
            {
                db.ChangeTracker.Clear();
            }
        }
    }
}
