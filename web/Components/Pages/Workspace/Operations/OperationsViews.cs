namespace PiedmontSystem.Web.Components.Pages.Workspace.Operations;

/// <summary>The gateway's view of every service's readiness.</summary>
public sealed record ServicesHealthView(string Status, IReadOnlyList<ServiceHealthView> Services);

public sealed record ServiceHealthView(string Name, string Status, IReadOnlyList<HealthCheckView> Checks);

public sealed record HealthCheckView(string Name, string Status, long DurationMs);

/// <summary>The partner hub's view of every service's outbox.</summary>
public sealed record OutboxesView(DateTimeOffset CheckedAt, IReadOnlyList<ServiceOutboxView> Services);

public sealed record ServiceOutboxView(string Service, string State, long? Unsent, DateTimeOffset? OldestUnsentAt, double? OldestUnsentAgeSeconds, int? StatusCode, string? Error);

public sealed record ErrorQueueView(string Queue, string SourceQueue, long Messages, int Consumers);

public sealed record ErrorQueueMessagesView(string Queue, string SourceQueue, long Messages, IReadOnlyList<FailedMessageView> Items);

public sealed record FailedMessageView(
    string MessageId, string? MessageType, string? Consumer, string? ExceptionType, string? ExceptionMessage,
    DateTimeOffset FirstFailedAt, DateTimeOffset LastFailedAt, int? RetryCount, int Replays, DateTimeOffset? LastReplayedAt, int BodyBytes, string BodyExcerpt);

public sealed record ReplayView(string Queue, string SourceQueue, int Replayed, IReadOnlyList<string> MessageIds);
