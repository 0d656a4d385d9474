using System.Security.Cryptography;
using System.Text.Json;
using PiedmontSystem.Contracts;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.LocalRunner;

/// <summary>
/// Passwords of the local platform: generated on the first run and kept in the git-ignored data
/// folder, so no secret is ever committed and a second run finds its data readable. Besides the
/// servers' passwords: the web portal's client secret, a development partner system's secret and
/// one person per role, whom the identity service creates at its start (Development only).
/// </summary>
internal sealed record LocalCredentials(
    string PostgresPassword,
    string RabbitMqUser,
    string RabbitMqPassword,
    string? WebClientSecret = null,
    string? PartnerClientSecret = null,
    IReadOnlyList<DevelopmentPerson>? People = null)
{
    public const string PartnerClientId = "piedmont-dev-partner";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static LocalCredentials LoadOrCreate(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, "credentials.json");
        var credentials = File.Exists(path)
            ? JsonSerializer.Deserialize<LocalCredentials>(File.ReadAllText(path))
              ?? throw new InvalidOperationException($"{path} is unreadable; delete the data folder to start afresh.")
            : Generate();
        // A data folder from before the identity service gets its secrets now; the servers' passwords stay.
        var complete = credentials with
        {
            WebClientSecret = credentials.WebClientSecret ?? Secret(),
            PartnerClientSecret = credentials.PartnerClientSecret ?? Secret(),
            People = credentials.People ?? DevelopmentPerson.OnePerRole(),
        };
        if (complete != credentials || !File.Exists(path))
        {
            Directory.CreateDirectory(dataDirectory);
            File.WriteAllText(path, JsonSerializer.Serialize(complete, Indented));
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }
        return complete;
    }

    public static LocalCredentials Generate() => new(Secret(), "piedmont", Secret());

    /// <summary>What the identity service needs to register the clients and create the people.</summary>
    public Dictionary<string, string> IdentitySettings()
    {
        var settings = new Dictionary<string, string>
        {
            ["Identity__Clients__Web__Secret"] = WebClientSecret!,
            ["Identity__Clients__DevelopmentPartnerSecret"] = PartnerClientSecret!,
        };
        foreach (var (person, i) in (People ?? []).Select((p, i) => (p, i)))
        {
            var prefix = $"Identity__DevelopmentPeople__{i}__";
            settings[prefix + "Email"] = person.Email;
            settings[prefix + "Password"] = person.Password;
            settings[prefix + "DisplayName"] = person.DisplayName;
            settings[prefix + "Role"] = person.Role;
            if (person.ClusterCode is not null)
            {
                settings[prefix + "ClusterCode"] = person.ClusterCode;
            }
            if (person.OrganisationId is not null)
            {
                settings[prefix + "OrganisationId"] = person.OrganisationId;
            }
        }
        return settings;
    }

    internal static string Secret() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
}

/// <summary>A person the identity service creates in Development, with a generated password.</summary>
internal sealed record DevelopmentPerson(string Email, string Password, string DisplayName, string Role, string? ClusterCode = null, string? OrganisationId = null)
{
    /// <summary>The person's id, their tokens' subject: the identity service derives it from the e-mail the same way.</summary>
    public Guid Subject => SeedIds.ForPerson(Email);

    /// <summary>One person per role of DOMAIN.md (partner systems are clients, not people), and Proplast's administrator.</summary>
    public static IReadOnlyList<DevelopmentPerson> OnePerRole() =>
    [
        new("admin@proplast.example", NewPassword(), "Proplast administrator (development)", Roles.OrganisationUser,
            OrganisationId: SeedIds.For("organisation", "PROPLAST").ToString()),
        new("manager@clever.example", NewPassword(), "CLEVER cluster manager (development)", Roles.ClusterManager, ClusterCode: "CLEVER"),
        new("officer@regione.example", NewPassword(), "Regional officer (development)", Roles.RegionalOfficer),
        new("evaluator@regione.example", NewPassword(), "Evaluator (development)", Roles.Evaluator),
        new("accelerator@regione.example", NewPassword(), "Accelerator manager (development)", Roles.AcceleratorManager),
        new("officer@ceip.example", NewPassword(), "CEIP officer (development)", Roles.CeipOfficer),
        new("operator@regione.example", NewPassword(), "Operator (development)", Roles.Operator),
    ];

    /// <summary>Four groups of five letters and digits: long enough for the identity service's rules, easy to type.</summary>
    private static string NewPassword()
    {
        const string alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
        var characters = Enumerable.Range(0, 20).Select(_ => alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)]).ToArray();
        return string.Join('-', characters.Chunk(5).Select(c => new string(c)));
    }
}
