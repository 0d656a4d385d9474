using System.Net.Http.Headers;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.TestInfrastructure;

/// <summary>Development tokens on test clients.</summary>
public static class Tokens
{
    public static HttpClient WithToken(this HttpClient client, string role, Guid? organisationId = null, string? clusterCode = null, string? subject = null)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            DevelopmentTokens.Create(role, organisationId?.ToString(), clusterCode, subject));
        return client;
    }

    public static HttpClient WithRawToken(this HttpClient client, string token)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
