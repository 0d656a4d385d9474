using System.Globalization;

namespace PiedmontSystem.Web.UnitTests;

/// <summary>Runs a test's body in the portal's language: the page's words and numbers follow the current culture.</summary>
internal static class Cultures
{
    public static void In(string culture)
    {
        CultureInfo.CurrentCulture = new CultureInfo(culture);
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
    }
}
