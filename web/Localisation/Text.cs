using System.Globalization;
using PiedmontSystem.ServiceDefaults;

namespace PiedmontSystem.Web.Localisation;

/// <summary>
/// The portal's words in both its languages, side by side where they are used: with two
/// languages a translator reads one line, not two resource files (docs/portal.md, "Languages").
/// Instants are shown in Rome's time, the region's, whatever the server's zone.
/// </summary>
public static class Text
{
    public static string T(string italian, string english) => PortalCultures.IsItalian ? italian : english;

    /// <summary>A day, e.g. 31 marzo 2027 / 31 March 2027.</summary>
    public static string Day(DateTimeOffset instant) => RomeInstants.Show(instant).ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    public static string Day(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    /// <summary>A day and time in Rome, e.g. 31 marzo 2027, 12:00.</summary>
    public static string DayAndTime(DateTimeOffset instant) => RomeInstants.Show(instant).ToString("d MMMM yyyy, HH:mm", CultureInfo.CurrentCulture);

    /// <summary>An amount in euros, e.g. € 1.500.000 / €1,500,000.</summary>
    public static string Euros(decimal amount) => amount.ToString("C0", CultureInfo.CurrentCulture.Name == "it" ? ItalianEuro : EnglishEuro);

    public static string Number(decimal value) => value.ToString("N0", CultureInfo.CurrentCulture);

    private static readonly NumberFormatInfo ItalianEuro = new CultureInfo("it-IT").NumberFormat;
    private static readonly NumberFormatInfo EnglishEuro = CreateEnglishEuro();

    private static NumberFormatInfo CreateEnglishEuro()
    {
        var format = (NumberFormatInfo)new CultureInfo("en-IE").NumberFormat.Clone();
        format.CurrencySymbol = "€";
        return format;
    }
}
