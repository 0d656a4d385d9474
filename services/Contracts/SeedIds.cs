using System.Security.Cryptography;
using System.Text;

namespace PiedmontSystem.Contracts;

/// <summary>
/// Ids of seeded records derived from their codes, so they are the same in every database the
/// registry seeds (and other services can refer to them before they have seen an event): the
/// ten cluster management organisations are <c>For("organisation", "PROPLAST")</c> and so on, the
/// clusters <c>For("cluster", "CLEVER")</c>.
/// </summary>
public static class SeedIds
{
    public static Guid For(string kind, string code)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"piedmont-registry-seed:{kind}:{code}"));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80); // version 8: custom, name-based
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }

    /// <summary>
    /// A development person's id (their tokens' subject), from their e-mail whatever its case: the
    /// local runner prints it and the identity service creates the person under it.
    /// </summary>
    public static Guid ForPerson(string email) => For("person", email.ToUpperInvariant());
}
