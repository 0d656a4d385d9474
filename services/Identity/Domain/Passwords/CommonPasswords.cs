using System.IO.Compression;

namespace PiedmontSystem.Identity.Domain.Passwords;

/// <summary>
/// The 49,233 passwords people choose most often (common-passwords.txt.gz, from the npm package
/// <c>@zxcvbn-ts/language-common</c> 4.1.3, MIT licence: see common-passwords.NOTICE.md), read
/// once from the assembly on first use and compared ignoring case.
/// </summary>
public static class CommonPasswords
{
    private static readonly Lazy<HashSet<string>> List = new(Load);

    public static int Count => List.Value.Count;

    public static bool Contains(string password) => List.Value.Contains(password);

    private static HashSet<string> Load()
    {
        var assembly = typeof(CommonPasswords).Assembly;
        using var compressed = assembly.GetManifestResourceStream(typeof(CommonPasswords).Namespace + ".common-passwords.txt.gz")
            ?? throw new InvalidOperationException("The common-password list is not embedded in the assembly.");
        using var text = new StreamReader(new GZipStream(compressed, CompressionMode.Decompress));
        var passwords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (text.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                passwords.Add(line);
            }
        }
        return passwords;
    }
}
