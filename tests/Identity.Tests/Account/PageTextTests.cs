using System.Text.RegularExpressions;
using PiedmontSystem.Identity.Pages;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.Identity.Tests.Account;

/// <summary>Every text key the pages and e-mails use has an Italian and an English entry with the same placeholders.</summary>
public sealed partial class PageTextTests
{
    [Fact]
    public void Every_key_written_in_the_pages_has_a_text()
    {
        var pages = Path.Combine(RepositoryRoot(), "services", "Identity", "Pages");
        var used = Directory.EnumerateFiles(pages, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .SelectMany(f => KeyInSource().Matches(File.ReadAllText(f)).Select(m => m.Groups["key"].Value))
            // Not the fields' names, nor the start of a key the page completes ("role." + the role).
            .Where(key => key.Contains('.', StringComparison.Ordinal) && !key.StartsWith("Form.", StringComparison.Ordinal) && !key.EndsWith('.'))
            .ToHashSet();
        Assert.True(used.Count > 50, $"only {used.Count} keys found: the pattern no longer matches the pages");

        // Keys the pages build from a value.
        used.UnionWith(typeof(Roles).GetFields().Where(f => f.IsLiteral).Select(f => "role." + f.GetValue(null)));
        used.UnionWith(["checkmailbox.signup", "checkmailbox.confirmation", "checkmailbox.reset"]);
        used.UnionWith(new[] { "confirm", "already", "reset" }.SelectMany(mail => new[] { $"mail.{mail}.subject", $"mail.{mail}.body" }));
        used.UnionWith(typeof(Domain.Passwords.PasswordRules).GetFields().Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (string)f.GetValue(null)!));

        Assert.Empty(used.Where(key => !PageText.Entries.ContainsKey(key)).Order());
    }

    [Fact]
    public void Both_languages_have_a_text_with_the_same_placeholders()
    {
        foreach (var (key, (it, en)) in PageText.Entries)
        {
            Assert.False(string.IsNullOrWhiteSpace(it) || string.IsNullOrWhiteSpace(en), key);
            Assert.True(Placeholders(it).SequenceEqual(Placeholders(en)), $"{key}: {it} / {en}");
        }
    }

    private static IEnumerable<string> Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Value).Order();

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "services", "Identity", "Pages")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("The tests run outside the repository.");
    }

    [GeneratedRegex(@"(?:\b(?:T|text)\[|T\.Format\(|ErrorMessage = |AddModelError\([^,]+, )""(?<key>[a-z][a-z0-9.-]*)""")]
    private static partial Regex KeyInSource();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
