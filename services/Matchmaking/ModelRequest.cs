namespace PiedmontSystem.Matchmaking;

/// <summary>A request as the schedulers see it: participants as indices, its table and pin settled.</summary>
internal sealed class ModelRequest
{
    public required int Index { get; init; }
    public required string Id { get; init; }
    public required int First { get; init; }
    public required int Second { get; init; }
    public required int Priority { get; init; }

    /// <summary>The table the meeting must be held at, or null when any free table will do.</summary>
    public required int? Table { get; init; }

    /// <summary>The pin could not be kept: the request stays unplaced.</summary>
    public bool PinRejected { get; set; }

    /// <summary>A kept slot pin: the meeting is placed in this slot before anything else and never moves.</summary>
    public int? KeptSlot { get; set; }

    /// <summary>What the meeting holds for its slot: both participants, and its table when other meetings could want that table at the same time.</summary>
    public int[] Resources { get; set; } = [];

    /// <summary>The slots the meeting may take: both participants available (just the pinned slot for a kept pin).</summary>
    public int[] AllowedSlots { get; set; } = [];

    public bool IsSchedulable => !PinRejected && AllowedSlots.Length > 0;
}
