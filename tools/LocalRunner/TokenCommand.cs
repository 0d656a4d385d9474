using System.Globalization;
using PiedmontSystem.Messaging.Catalogue;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.LocalRunner;

/// <summary>Prints a token signed with the documented development key.</summary>
internal static class TokenCommand
{
    public static int Execute(CommandLine options)
    {
        var role = options.Get("role");
        if (role is null || !Roles.All.Contains(role))
        {
            Console.Error.WriteLine($"--role must be one of: {string.Join(", ", Roles.All)}");
            return 2;
        }
        if (role == Roles.OrganisationUser && options.Get("org") is null)
        {
            Console.Error.WriteLine("An organisation user acts for an organisation: add --org <organisation id>.");
            return 2;
        }
        if (role == Roles.ClusterManager && options.Get("cluster") is null)
        {
            Console.Error.WriteLine("A cluster manager runs a cluster: add --cluster <code>, e.g. --cluster CLEVER.");
            return 2;
        }
        var hours = double.Parse(options.Get("hours") ?? "8", CultureInfo.InvariantCulture);
        // A partner system receives the event areas its scopes grant: all of them unless --scope names some.
        var scopes = options.Get("scope")?.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            ?? (role == Roles.PartnerSystem ? ["api", .. EventCatalogue.Areas.Select(EventCatalogue.ScopeOf)] : null);
        Console.WriteLine(DevelopmentTokens.Create(role, options.Get("org"), options.Get("cluster"), options.Get("subject"), TimeSpan.FromHours(hours), scopes: scopes));
        return 0;
    }
}
