using PiedmontSystem.Identity.Domain.Passwords;

namespace PiedmontSystem.Identity.Tests.Account;

/// <summary>The password rules alone (NIST SP 800-63B): no service, no database.</summary>
public sealed class PasswordRulesTests
{
    private const string Email = "maria.rossi@example.org";
    private const string Name = "Maria Rossi";

    [Theory]
    [InlineData("correct horse battery staple")]
    [InlineData("a1b2c3d4e5f6g7")]
    [InlineData("Il gatto dorme sul divano")]
    [InlineData("zq8!Lw3#tP0v")]
    public void A_long_uncommon_password_with_no_composition_rules_is_accepted(string password) =>
        Assert.Empty(PasswordRules.Check(password, Email, Name));

    [Fact]
    public void Eleven_characters_are_too_short_twelve_are_enough_and_characters_are_counted_not_bytes()
    {
        Assert.Equal([PasswordRules.TooShort], PasswordRules.Check("gx7 moon pi", Email, Name));
        Assert.Empty(PasswordRules.Check("gx7 moon pie", Email, Name));
        // Twelve characters, each more than one UTF-16 unit: enough.
        Assert.Empty(PasswordRules.Check(string.Concat(Enumerable.Range(0, 12).Select(i => char.ConvertFromUtf32(0x1F600 + i))), Email, Name));
    }

    [Fact]
    public void More_than_128_characters_are_refused_and_nothing_else_is_looked_at()
    {
        var longest = string.Concat(Enumerable.Range(0, PasswordRules.MaximumLength).Select(i => (char)('a' + (i * 7 % 26))));
        Assert.DoesNotContain(PasswordRules.TooLong, PasswordRules.Check(longest, Email, Name));
        Assert.Equal([PasswordRules.TooLong], PasswordRules.Check(string.Concat(Enumerable.Repeat("abc", 43)), Email, Name));
    }

    [Theory]
    [InlineData("qwerty123456")]
    [InlineData("QWERTY123456")]
    [InlineData("leavemealone")]
    [InlineData("1qaz2wsx3edc")]
    public void A_password_of_the_common_list_is_refused_whatever_its_case(string password) =>
        Assert.Contains(PasswordRules.Common, PasswordRules.Check(password, Email, Name));

    [Fact]
    public void The_common_list_is_a_real_one_loaded_from_the_assembly()
    {
        Assert.True(CommonPasswords.Count > 10_000, $"only {CommonPasswords.Count} common passwords");
        Assert.True(CommonPasswords.Contains("123456"));
        Assert.True(CommonPasswords.Contains("Password"));
        Assert.False(CommonPasswords.Contains("correct horse battery staple"));
    }

    [Theory]
    [InlineData("maria.rossi and the sea")]
    [InlineData("I am MARIA forever 77")]
    [InlineData("the rossi family 2026")]
    [InlineData("MariaRossi was here")]
    public void A_password_holding_the_email_or_the_name_is_refused(string password) =>
        Assert.Contains(PasswordRules.Personal, PasswordRules.Check(password, Email, Name));

    [Fact]
    public void Short_parts_of_a_name_do_not_forbid_every_password_that_contains_them()
    {
        Assert.DoesNotContain(PasswordRules.Personal, PasswordRules.Check("the old lighthouse keeper", "li@example.org", "Jo Li"));
    }

    [Theory]
    [InlineData("piemonte bellissimo")]
    [InlineData("I love Piedmont wine")]
    [InlineData("MyPassword is long")]
    public void A_password_with_the_platforms_words_is_refused(string password) =>
        Assert.Contains(PasswordRules.PlatformWord, PasswordRules.Check(password, Email, Name));

    [Theory]
    [InlineData("aaaaaaaaaaaaaa")]
    [InlineData("############")]
    [InlineData("abcabcabcabc")]
    [InlineData("121212121212")]
    public void One_character_or_a_short_block_repeated_is_refused(string password) =>
        Assert.Contains(PasswordRules.Repeated, PasswordRules.Check(password, Email, Name));

    [Theory]
    [InlineData("123456789012")]
    [InlineData("abcdefghijkl")]
    [InlineData("ABCDEFGHIJKLMNOP")]
    [InlineData("987654321098")]
    [InlineData("lkjihgfedcba")]
    [InlineData("uvwxyzabcdefg")]
    public void A_plain_sequence_is_refused(string password) =>
        Assert.Contains(PasswordRules.Sequence, PasswordRules.Check(password, Email, Name));

    [Fact]
    public async Task The_validator_gives_Identity_the_rules_errors_as_text_keys()
    {
        var validator = new PlatformPasswordValidator();
        var person = new Domain.Person { Email = Email, DisplayName = Name };

        var result = await validator.ValidateAsync(null!, person, "maria-xq7");

        Assert.False(result.Succeeded);
        Assert.Equal([PasswordRules.TooShort, PasswordRules.Personal], result.Errors.Select(e => e.Code));
        Assert.All(result.Errors, e => Assert.Equal(e.Code, e.Description));
        Assert.All(result.Errors, e => Assert.True(Pages.PageText.Entries.ContainsKey(e.Code), $"{e.Code} has no text"));
    }
}
