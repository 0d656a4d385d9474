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

        // Invitations
        ["invitation.title"] = ("Invito a un'organizzazione", "Invitation to an organisation"),
        ["invitation.body"] = ("Sei invitato ad agire sulla piattaforma per l'organizzazione", "You are invited to act on the platform for the organisation"),
        ["invitation.sent-to"] = ("Invito inviato a", "Invitation sent to"),
        ["invitation.expires"] = ("Valido fino al", "Valid until"),
        ["invitation.accept"] = ("Accetta l'invito", "Accept the invitation"),
        ["invitation.accepted"] = ("Ora agisci per l'organizzazione", "You now act for the organisation"),
        ["invitation.accepted.next"] = ("Il nuovo ruolo vale dal prossimo accesso nell'app o nel portale.", "Your new role applies from your next sign-in in the app or the portal."),
        ["invitation.invalid"] = ("Questo link di invito non è valido. Controlla di averlo copiato per intero.", "This invitation link is not valid. Check that you copied all of it."),
        ["invitation.expired"] = ("Questo invito è scaduto: chiedi all'amministratore dell'organizzazione di inviarne uno nuovo.", "This invitation has expired: ask the organisation's administrator to send a new one."),
        ["invitation.used"] = ("Questo invito è già stato accettato o è stato annullato.", "This invitation was already accepted, or it was cancelled."),
        ["invitation.already-member"] = ("Agisci già per questa organizzazione.", "You already act for this organisation."),
        ["invitation.other-organisation"] = ("Agisci già per un'altra organizzazione: un account agisce per una sola. Chiedi all'amministratore dell'altra organizzazione di rimuoverti, poi apri di nuovo il link.", "You already act for another organisation, and an account acts for one only. Ask that organisation's administrator to remove you, then open the link again."),
        ["invitation.mail.subject"] = ("Invito a Piemonte Innovazione", "Invitation to Piedmont Innovation"),
        ["invitation.mail.text"] = ("Sei invitato ad agire sulla piattaforma Piemonte Innovazione per l'organizzazione {0}.\n\nApri questo link, accedi o registrati, e accetta l'invito:\n{1}\n\nIl link vale fino al {2} (ora italiana) e si usa una sola volta. Se non ti aspettavi questo messaggio, ignoralo.",
            "You are invited to act on the Piedmont Innovation platform for the organisation {0}.\n\nOpen this link, sign in or sign up, and accept the invitation:\n{1}\n\nThe link is valid until {2} (Italian time) and works once. If you did not expect this message, ignore it."),
    };
}
