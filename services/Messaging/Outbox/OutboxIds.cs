namespace PiedmontSystem.Messaging.Outbox;

/// <summary>
/// Outbox message ids: version-7 GUIDs, strictly increasing within the process. EF Core inserts
/// the rows of one <c>SaveChanges</c> in key order, so increasing ids keep the events of one
/// transaction in the order they were staged, and their <see cref="OutboxMessage.Sequence"/> (the
/// publishing order) with them. Plain v7 ids are random within a millisecond and would not.
/// </summary>
internal static class OutboxIds
{
    private static readonly Lock Gate = new();
    private static Guid _last;

    public static Guid Next(DateTimeOffset now)
    {
        var candidate = Guid.CreateVersion7(now);
        lock (Gate)
        {
            if (candidate.CompareTo(_last) <= 0)
            {
                candidate = Increment(_last);
            }
            _last = candidate;
            return candidate;
        }
    }

    /// <summary>The next id after <paramref name="value"/>: big-endian bytes order GUIDs as <see cref="Guid.CompareTo(Guid)"/> and PostgreSQL do.</summary>
    private static Guid Increment(Guid value)
    {
        Span<byte> bytes = stackalloc byte[16];
        value.TryWriteBytes(bytes, bigEndian: true, out _);
        for (var i = 15; i >= 0 && ++bytes[i] == 0; i--)
        {
        }
        return new Guid(bytes, bigEndian: true);
    }
}
