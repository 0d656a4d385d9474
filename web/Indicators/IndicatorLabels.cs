using System.Globalization;
using static PiedmontSystem.Web.Localisation.Text;

namespace PiedmontSystem.Web.Indicators;

/// <summary>The APIs' codes (kebab-case statuses, ISO countries) in the page's language; an unknown code is shown as it is.</summary>
public static class IndicatorLabels
{
    /// <summary>A call's stages, in the order a call goes through them.</summary>
    public static readonly IReadOnlyList<string> CallStatuses = ["draft", "forthcoming", "open", "closed", "under-evaluation", "awarded", "concluded"];

    public static readonly IReadOnlyList<string> ProposalStatuses = ["draft", "eligible", "ineligible", "evaluated", "ranked", "funded", "reserve", "rejected", "withdrawn"];

    public static readonly IReadOnlyList<string> LiaisonOutcomes = ["open", "achieved", "partly", "not-achieved", "declined", "withdrawn"];

    public static readonly IReadOnlyList<string> IntroductionStages = ["introduced", "meeting-held", "agreement-signed", "dropped"];

    public static string CallStatus(string status) => status switch
    {
        "draft" => T("Bozza", "Draft"),
        "forthcoming" => T("In apertura", "Forthcoming"),
        "open" => T("Aperto", "Open"),
        "closed" => T("Chiuso", "Closed"),
        "under-evaluation" => T("In valutazione", "Under evaluation"),
        "awarded" => T("Aggiudicato", "Awarded"),
        "concluded" => T("Concluso", "Concluded"),
        _ => status,
    };

    public static string ProposalStatus(string status) => status switch
    {
        "draft" => T("Bozza", "Draft"),
        "eligible" => T("Ammissibile", "Eligible"),
        "ineligible" => T("Non ammissibile", "Ineligible"),
        "evaluated" => T("Valutata", "Evaluated"),
        "ranked" => T("In graduatoria", "Ranked"),
        "funded" => T("Finanziata", "Funded"),
        "reserve" => T("In riserva", "Reserve list"),
        "rejected" => T("Respinta", "Rejected"),
        "withdrawn" => T("Ritirata", "Withdrawn"),
        _ => status,
    };

    public static string LiaisonOutcome(string outcome) => outcome switch
    {
        "open" => T("In corso", "Still open"),
        "achieved" => T("Obiettivo raggiunto", "Achieved"),
        "partly" => T("Raggiunto in parte", "Partly achieved"),
        "not-achieved" => T("Non raggiunto", "Not achieved"),
        "declined" => T("Non accolta", "Declined"),
        "withdrawn" => T("Ritirata", "Withdrawn"),
        _ => outcome,
    };

    public static string IntroductionStage(string stage) => stage switch
    {
        "introduced" => T("Presentazione fatta", "Introduced"),
        "meeting-held" => T("Incontro svolto", "Meeting held"),
        "agreement-signed" => T("Accordo firmato", "Agreement signed"),
        "dropped" => T("Interrotta", "Dropped"),
        _ => stage,
    };

    /// <summary>A country by its ISO 3166 code: the ones CEIP works with most by name, any other by .NET's English name, or its code.</summary>
    public static string Country(string code) => code.ToUpperInvariant() switch
    {
        "IT" => T("Italia", "Italy"),
        "FR" => T("Francia", "France"),
        "CH" => T("Svizzera", "Switzerland"),
        "DE" => T("Germania", "Germany"),
        "ES" => T("Spagna", "Spain"),
        "BE" => T("Belgio", "Belgium"),
        "AT" => T("Austria", "Austria"),
        "NL" => T("Paesi Bassi", "Netherlands"),
        "PT" => T("Portogallo", "Portugal"),
        "SI" => T("Slovenia", "Slovenia"),
        "PL" => T("Polonia", "Poland"),
        "SE" => T("Svezia", "Sweden"),
        "DK" => T("Danimarca", "Denmark"),
        "FI" => T("Finlandia", "Finland"),
        "IE" => T("Irlanda", "Ireland"),
        "GR" => T("Grecia", "Greece"),
        "CZ" => T("Repubblica Ceca", "Czechia"),
        "HR" => T("Croazia", "Croatia"),
        "RO" => T("Romania", "Romania"),
        "GB" => T("Regno Unito", "United Kingdom"),
        "NO" => T("Norvegia", "Norway"),
        "US" => T("Stati Uniti", "United States"),
        "CA" => T("Canada", "Canada"),
        "BR" => T("Brasile", "Brazil"),
        "CN" => T("Cina", "China"),
        "JP" => T("Giappone", "Japan"),
        "KR" => T("Corea del Sud", "South Korea"),
        "IN" => T("India", "India"),
        "AE" => T("Emirati Arabi Uniti", "United Arab Emirates"),
        "MA" => T("Marocco", "Morocco"),
        "TN" => T("Tunisia", "Tunisia"),
        "TR" => T("Turchia", "Türkiye"),
        "IL" => T("Israele", "Israel"),
        var other => EnglishName(other),
    };

    private static string EnglishName(string code)
    {
        try
        {
            return code.Length == 2 ? new RegionInfo(code).EnglishName : code;
        }
        catch (ArgumentException)
        {
            return code;
        }
    }

    /// <summary>Codes in a known order first, then any others the API added (alphabetically), each with its count (zero when absent).</summary>
    public static IReadOnlyList<(string Code, int Count)> InOrder(IReadOnlyList<string> order, IReadOnlyDictionary<string, int> counts, bool keepZeros = true) =>
        [.. order.Where(code => keepZeros || counts.ContainsKey(code)).Select(code => (code, counts.GetValueOrDefault(code))),
         .. counts.Keys.Where(code => !order.Contains(code)).Order(StringComparer.Ordinal).Select(code => (code, counts[code]))];
}
