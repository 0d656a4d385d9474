using System.Globalization;
using PiedmontSystem.ServiceDefaults.Errors;
using PiedmontSystem.ServiceDefaults.Http;

namespace PiedmontSystem.Internationalisation.Domain.Partnering;

/// <summary>An offer of what the organisation has, or a request for what it looks for.</summary>
public enum ProfileDirection { Offer, Request }

/// <summary>Business (commercial agreements), technology (technical cooperation, licensing) or research (R&amp;D partners, EU projects).</summary>
public enum ProfileKind { Business, Technology, Research }

/// <summary>
/// Where a profile stands. <see cref="Expired"/> is never stored: a published profile is expired
/// from the day after its <c>expiresOn</c> (Europe/Rome), read from the clock.
/// </summary>
public enum ProfileStatus { Draft, Submitted, Returned, Published, Expired, Withdrawn }

/// <summary>Who to contact about a profile or an interest: private to the two sides and CEIP.</summary>
public sealed record ProfileContact(string Name, string Email, string? Phone);

/// <summary>What the owner states about a profile, already validated for form.</summary>
public sealed record ProfileTerms(
    ProfileDirection Direction,
    ProfileKind Kind,
    LocalizedText Title,
    LocalizedText Summary,
    LocalizedText Description,
    IReadOnlyList<string> CountriesOfInterest,
    IReadOnlyList<string> PrioritySystems,
    IReadOnlyList<string> NaceCodes,
    IReadOnlyList<string> Keywords,
    DateOnly ExpiresOn,
    ProfileContact Contact);

/// <summary>
/// A partnering profile, as in the Enterprise Europe Network's partnering database: an
/// organisation offers or asks for a business, technology or R&amp;D partner. Draft → submitted →
/// published by a CEIP officer (with its public reference) or returned with a reason, edited and
/// submitted again; the owner withdraws it at any time and renews a published one. Published
/// profiles are public, without the organisation and its contact, until they expire.
/// </summary>
public sealed class PartneringProfile
{
    private PartneringProfile()
    {
    }

    public Guid Id { get; private set; }
    public Guid OrganisationId { get; private set; }
    public ProfileDirection Direction { get; private set; }
    public ProfileKind Kind { get; private set; }
    public LocalizedText Title { get; private set; } = new("", "");
    public LocalizedText Summary { get; private set; } = new("", "");
    public LocalizedText Description { get; private set; } = new("", "");
    public List<string> CountriesOfInterest { get; private set; } = [];
    public List<string> PrioritySystems { get; private set; } = [];
    public List<string> NaceCodes { get; private set; } = [];
    public List<string> Keywords { get; private set; } = [];

    /// <summary>Titles, summaries and keywords in lower case, what the free-text search reads.</summary>
    public string SearchText { get; private set; } = "";

    /// <summary>The last day (Europe/Rome) the profile is public.</summary>
    public DateOnly ExpiresOn { get; private set; }

    public ProfileContact Contact { get; private set; } = new("", "", null);

    /// <summary>The stored status; never <see cref="ProfileStatus.Expired"/> (see <see cref="StatusOn"/>).</summary>
    public ProfileStatus Status { get; private set; }

    /// <summary>EEN-style public reference, given on validation: BOIT20261124001.</summary>
    public string? Reference { get; private set; }

    public DateOnly? ReferenceDate { get; private set; }
    public int? ReferenceSequence { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }
    public DateTimeOffset? ReturnedAt { get; private set; }
    public string? ReturnReason { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }
    public string? ValidatedBy { get; private set; }
    public DateTimeOffset? RenewedAt { get; private set; }
    public DateTimeOffset? WithdrawnAt { get; private set; }
    public string? WithdrawReason { get; private set; }
    public uint Version { get; private set; }

    /// <summary>The status on <paramref name="today"/> (Rome): a published profile past its expiry is expired.</summary>
    public ProfileStatus StatusOn(DateOnly today) => Status == ProfileStatus.Published && ExpiresOn < today ? ProfileStatus.Expired : Status;

    /// <summary>Published and not expired: what the public sees and others may express interest in.</summary>
    public bool IsPublicOn(DateOnly today) => StatusOn(today) == ProfileStatus.Published;

    public static PartneringProfile Draft(Guid organisationId, ProfileTerms terms, string by, DateTimeOffset now)
    {
        var profile = new PartneringProfile
        {
            Id = Guid.CreateVersion7(now),
            OrganisationId = organisationId,
            Status = ProfileStatus.Draft,
            CreatedBy = by,
            CreatedAt = now,
        };
        profile.Apply(terms, now);
        return profile;
    }

    /// <summary>The owner edits a draft, or a profile CEIP returned; a submitted or published one is not edited.</summary>
    public void Edit(ProfileTerms terms, DateTimeOffset now)
    {
        Require("edited", ProfileStatus.Draft, ProfileStatus.Returned);
        Apply(terms, now);
    }

    public void Submit(DateTimeOffset now)
    {
        Require("submitted", ProfileStatus.Draft, ProfileStatus.Returned);
        PartneringRules.CheckNotLapsed(ExpiresOn, now);
        Status = ProfileStatus.Submitted;
        SubmittedAt = now;
        UpdatedAt = now;
    }

    /// <summary>A CEIP officer validates it: published under the reference of its day and sequence.</summary>
    public void Publish(DateOnly day, int sequence, string officer, DateTimeOffset now)
    {
        Require("published", ProfileStatus.Submitted);
        PartneringRules.CheckNotLapsed(ExpiresOn, now);
        Status = ProfileStatus.Published;
        ReferenceDate = day;
        ReferenceSequence = sequence;
        Reference = string.Create(CultureInfo.InvariantCulture, $"{KindLetter(Kind)}{(Direction == ProfileDirection.Offer ? 'O' : 'R')}IT{day:yyyyMMdd}{sequence:000}");
        PublishedAt = now;
        ValidatedBy = officer;
        ReturnReason = null;
        UpdatedAt = now;
    }

    /// <summary>A CEIP officer sends it back to the owner with what to change.</summary>
    public void Return(string reason, string officer, DateTimeOffset now)
    {
        Require("returned", ProfileStatus.Submitted);
        Status = ProfileStatus.Returned;
        ReturnReason = reason;
        ReturnedAt = now;
        ValidatedBy = officer;
        UpdatedAt = now;
    }

    /// <summary>The owner withdraws it, in any state but withdrawn; true when it had been public (then it is announced).</summary>
    public bool Withdraw(string? reason, DateTimeOffset now)
    {
        if (Status == ProfileStatus.Withdrawn)
        {
            throw CommonRules.InvalidTransition("partnering profile", "withdrawn", "withdrawn");
        }
        var wasPublished = Status == ProfileStatus.Published;
        Status = ProfileStatus.Withdrawn;
        WithdrawnAt = now;
        WithdrawReason = reason;
        UpdatedAt = now;
        return wasPublished;
    }

    /// <summary>The owner extends a published (or expired) profile's life; it stays published under its reference.</summary>
    public void Renew(DateOnly expiresOn, DateTimeOffset now)
    {
        if (Status != ProfileStatus.Published)
        {
            throw CommonRules.InvalidTransition("partnering profile", Kebab(StatusOn(PartneringRules.Today(now))), "renewed");
        }
        PartneringRules.CheckRenewal(ExpiresOn, expiresOn, now);
        ExpiresOn = expiresOn;
        RenewedAt = now;
        UpdatedAt = now;
    }

    public static string Kebab(ProfileStatus status) => QueryValues.Kebab(status);

    private void Apply(ProfileTerms terms, DateTimeOffset now)
    {
        PartneringRules.CheckExpiry(terms.ExpiresOn, now);
        Direction = terms.Direction;
        Kind = terms.Kind;
        Title = terms.Title;
        Summary = terms.Summary;
        Description = terms.Description;
        CountriesOfInterest = Codes(terms.CountriesOfInterest);
        PrioritySystems = Codes(terms.PrioritySystems);
        NaceCodes = [.. terms.NaceCodes.Distinct()];
        Keywords = [.. terms.Keywords.Distinct(StringComparer.OrdinalIgnoreCase)];
        SearchText = string.Join('\n', [Title.It, Title.En, Summary.It, Summary.En, .. Keywords]).ToLowerInvariant();
        ExpiresOn = terms.ExpiresOn;
        Contact = terms.Contact;
        UpdatedAt = now;
    }

    private void Require(string action, params ProfileStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw CommonRules.InvalidTransition("partnering profile", Kebab(Status), action);
        }
    }

    private static List<string> Codes(IEnumerable<string> codes) => [.. codes.Select(c => c.ToUpperInvariant()).Distinct()];

    private static char KindLetter(ProfileKind kind) => kind switch
    {
        ProfileKind.Business => 'B',
        ProfileKind.Technology => 'T',
        _ => 'R',
    };
}
