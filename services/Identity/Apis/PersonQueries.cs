using PiedmontSystem.Identity.Domain;
using PiedmontSystem.Persistence;

namespace PiedmontSystem.Identity.Apis;

/// <summary>How lists of people read, wherever they are listed (all people, an organisation's people).</summary>
internal static class PersonQueries
{
    /// <summary>By normalised e-mail, then id: the order of Identity's unique e-mail index.</summary>
    public static readonly Keyset<Person, string> ByEmail = Keyset.By<Person, string>(p => p.NormalizedEmail!, p => p.Id, descending: false);
}
