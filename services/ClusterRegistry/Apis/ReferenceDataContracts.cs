using System.ComponentModel.DataAnnotations;

namespace PiedmontSystem.ClusterRegistry.Apis;

public sealed record ReferenceItemResponse(string Code, string Name);

public sealed record ReferenceItemRequest([property: Required] LocalizedTextRequest? Name);
