namespace PiedmontSystem.Identity.Pages;

/// <summary>
/// The pages' and e-mails' words in Italian and English, one entry per key. A page asks
/// <c>@T["key"]</c>; a missing key shows itself (and a test lists every key the pages use).
/// </summary>
public sealed class PageText(IHttpContextAccessor accessor)
{
    public string Language => accessor.HttpContext is { } context ? PageLanguage.Of(context) : "it";

    public string this[string key] => Get(key, Language);

    public string Format(string key, params object[] values) => string.Format(System.Globalization.CultureInfo.InvariantCulture, this[key], values);

    public static string Get(string key, string language) =>
        Entries.TryGetValue(key, out var entry) ? (language == "en" ? entry.En : entry.It) : key;

    public static readonly IReadOnlyDictionary<string, (string It, string En)> Entries = new Dictionary<string, (string, string)>
    {
        ["site.name"] = ("Piemonte Innovazione", "Piedmont Innovation"),
        ["site.skip"] = ("Vai al contenuto", "Skip to content"),
        ["site.language"] = ("Lingua", "Language"),
        ["site.errors"] = ("Correggi i campi indicati:", "Please correct the fields below:"),
        ["signin.title"] = ("Accedi", "Sign in"),
        ["signin.email"] = ("Indirizzo e-mail", "E-mail address"),
        ["signin.password"] = ("Password", "Password"),
        ["signin.remember"] = ("Ricordami su questo dispositivo", "Remember me on this device"),
        ["signin.submit"] = ("Accedi", "Sign in"),
        ["signin.failed"] = ("E-mail o password non corretti.", "Wrong e-mail or password."),
        ["signin.locked"] = ("Troppi tentativi non riusciti: l'account è bloccato per 15 minuti.", "Too many failed attempts: the account is locked for 15 minutes."),
        ["signin.unconfirmed"] = ("Conferma prima il tuo indirizzo e-mail: ti abbiamo inviato un messaggio.", "Confirm your e-mail address first: we sent you a message."),
        ["signin.signup"] = ("Non hai un account? Registrati", "No account yet? Sign up"),
        ["signin.forgot"] = ("Password dimenticata?", "Forgot your password?"),
        ["signedin.title"] = ("Il tuo account", "Your account"),
        ["signedin.body"] = ("Hai effettuato l'accesso come", "You are signed in as"),
        ["signout.submit"] = ("Esci", "Sign out"),
        ["signedout.title"] = ("Sei uscito", "You are signed out"),
        ["signedout.body"] = ("La sessione è terminata.", "Your session has ended."),
        ["field.required"] = ("Campo obbligatorio.", "This field is required."),
        ["field.email"] = ("Indirizzo e-mail non valido.", "Not a valid e-mail address."),
    };
}
