using System.Security.Cryptography;
using System.Text.Json;

namespace PiedmontSystem.LocalRunner;

/// <summary>
/// Passwords of the local servers: generated on the first run and kept in the git-ignored data
/// folder, so no secret is ever committed and a second run finds its data readable.
/// </summary>
internal sealed record LocalCredentials(string PostgresPassword, string RabbitMqUser, string RabbitMqPassword)
{
    public static LocalCredentials LoadOrCreate(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, "credentials.json");
        if (File.Exists(path))
        {
            return JsonSerializer.Deserialize<LocalCredentials>(File.ReadAllText(path))
                ?? throw new InvalidOperationException($"{path} is unreadable; delete the data folder to start afresh.");
        }
        var credentials = Generate();
        Directory.CreateDirectory(dataDirectory);
        File.WriteAllText(path, JsonSerializer.Serialize(credentials));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        return credentials;
    }

    public static LocalCredentials Generate() => new(Secret(), "piedmont", Secret());

    private static string Secret() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
}
