namespace PiedmontSystem.Identity.Domain.Passwords;

/// <summary>
/// What a new password must be, as NIST SP 800-63B (§5.1.1.2) asks: long enough, not too long to
/// hash, not a known common password, not built from the person's own e-mail or name or the
/// platform's, not one character repeated or a plain sequence — and no composition rules
/// (no "one digit, one capital"), which only make passwords harder to remember, not to guess.
/// Each rule broken gives one error key, a <see cref="Pages.PageText"/> entry the pages show.
/// </summary>
public static class PasswordRules
{
    /// <summary>Counted in Unicode characters (code points), as NIST counts them.</summary>
    public const int MinimumLength = 12;

    /// <summary>Long enough for any passphrase; the limit keeps hashing cheap for a hostile caller.</summary>
    public const int MaximumLength = 128;

    public const string TooShort = "password.tooshort";
    public const string TooLong = "password.toolong";
    public const string Common = "password.common";
    public const string Personal = "password.personal";
    public const string PlatformWord = "password.platformword";
    public const string Repeated = "password.repeated";
    public const string Sequence = "password.sequence";

    /// <summary>Words that anyone attacking this platform tries first.</summary>
    public static readonly IReadOnlyList<string> PlatformWords = ["piemonte", "piedmont", "password"];

    /// <summary>Parts of an e-mail or name shorter than this are not looked for (they would forbid too much).</summary>
    private const int ShortestPersonalPart = 3;

    /// <summary>The rules <paramref name="password"/> breaks, as error keys; empty when it may be used.</summary>
    public static IReadOnlyList<string> Check(string password, string? email, string? displayName)
    {
        var errors = new List<string>();
        var length = password.EnumerateRunes().Count();
        if (length < MinimumLength)
        {
            errors.Add(TooShort);
        }
        if (length > MaximumLength)
        {
            // Nothing else is looked at: a list lookup of a huge string is wasted work.
            errors.Add(TooLong);
            return errors;
        }
        if (CommonPasswords.Contains(password))
        {
            errors.Add(Common);
        }
        var lower = password.ToLowerInvariant();
        if (PersonalParts(email, displayName).Any(part => lower.Contains(part, StringComparison.Ordinal)))
        {
            errors.Add(Personal);
        }
        if (PlatformWords.Any(word => lower.Contains(word, StringComparison.Ordinal)))
        {
            errors.Add(PlatformWord);
        }
        if (IsRepetition(lower))
        {
            errors.Add(Repeated);
        }
        else if (IsSequence(lower))
        {
            errors.Add(Sequence);
        }
        return errors;
    }

    /// <summary>The e-mail's local part (and its pieces between dots, dashes...) and the name's words, lowercase.</summary>
    private static IEnumerable<string> PersonalParts(string? email, string? displayName)
    {
        var parts = new List<string>();
        if (email?.Split('@')[0] is { Length: > 0 } local)
        {
            parts.Add(local);
            parts.AddRange(local.Split(['.', '-', '_', '+']));
        }
        if (!string.IsNullOrWhiteSpace(displayName))
        {
            var words = displayName.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            parts.Add(string.Concat(words));
            parts.AddRange(words);
        }
        return parts.Select(p => p.ToLowerInvariant()).Where(p => p.Length >= ShortestPersonalPart).Distinct();
    }

    /// <summary>One character, or a block of up to three, said again and again: "aaaaaaaaaaaa", "abcabcabcabc".</summary>
    private static bool IsRepetition(string password)
    {
        for (var block = 1; block <= 3 && block < password.Length; block++)
        {
            if (password.Length % block == 0 && Enumerable.Range(block, password.Length - block).All(i => password[i] == password[i - block]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Each character the next (or the previous) of the one before, digits and letters going round:
    /// "123456789012", "abcdefghijkl", "987654321098".
    /// </summary>
    private static bool IsSequence(string password)
    {
        if (password.Length < 3)
        {
            return false;
        }
        var step = Step(password[0], password[1]);
        if (step is not (1 or -1))
        {
            return false;
        }
        for (var i = 2; i < password.Length; i++)
        {
            if (Step(password[i - 1], password[i]) != step)
            {
                return false;
            }
        }
        return true;
    }

    private static int Step(char from, char to)
    {
        if (char.IsAsciiDigit(from) && char.IsAsciiDigit(to))
        {
            return Around(to - from, 10);
        }
        if (char.IsAsciiLetterLower(from) && char.IsAsciiLetterLower(to))
        {
            return Around(to - from, 26);
        }
        return to - from;
    }

    /// <summary>The step from one character to the next on a ring of <paramref name="size"/>: 1 forward, -1 backward.</summary>
    private static int Around(int difference, int size)
    {
        var forward = ((difference % size) + size) % size;
        return forward == size - 1 ? -1 : forward;
    }
}
