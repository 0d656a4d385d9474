using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Identity.Domain;
using PiedmontSystem.Identity.Infrastructure;
using PiedmontSystem.Identity.IntegrationEvents;
using PiedmontSystem.RequestHandling.Auditing;
using PiedmontSystem.ServiceDefaults;
using PiedmontSystem.ServiceDefaults.Errors;
using PiedmontSystem.ServiceDefaults.Http;

namespace PiedmontSystem.Identity.Pages.Account;

/// <summary>
/// Where an invitation's link leads: a signed-in person sees the organisation and accepts
/// (anyone else signs in or signs up first and comes back here). Accepting makes the person one
/// of the organisation's users, audited and announced (organisation-user-added); their next token
/// carries it.
/// </summary>
[Authorize(Policy = PiedmontSystem.Identity.Extensions.Extensions.SignedInPerson)]
public sealed class InvitationModel(IdentityServiceDbContext db, UserManager<Person> people, TimeProvider clock) : PageModel
{
    /// <summary>The token of the link (a hidden field of the form when accepting).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public OrganisationInvitation? Invitation { get; private set; }

    /// <summary>The text key of why the invitation cannot be accepted, if it cannot.</summary>
    public string? Refusal { get; private set; }

    public bool Accepted { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var person = await LoadAsync();
        if (person is null)
        {
            return Challenge(IdentityConstants.ApplicationScheme);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var person = await LoadAsync();
        if (person is null)
        {
            return Challenge(IdentityConstants.ApplicationScheme);
        }
        if (Refusal is not null || Invitation is null)
        {
            return Page();
        }
        var now = clock.GetUtcNow();
        try
        {
            Invitation.Accept(person, now);
        }
        catch (DomainRuleException rule)
        {
            Refusal = TextKeyOf(rule.Code);
            return Page();
        }
        var author = new ChangeAuthor(now, $"{person.Id} (invitation)", HttpContext.GetCorrelationId());
        db.RecordChange(author, PersonEvents.Added(person, now), "organisation-user.added", "person", person.Id,
            new { Invitation.OrganisationId, administrator = false, source = "invitation", invitationId = Invitation.Id });
        db.AddAuditEntry(now, author.Actor, "invitation.accepted", "invitation", Invitation.Id, new { Invitation.OrganisationId, personId = person.Id });
        try
        {
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Accepted or cancelled at the same moment, or the person joined another organisation meanwhile.
            Refusal = "invitation.used";
            return Page();
        }
        Accepted = true;
        return Page();
    }

    /// <summary>The signed-in person, and the invitation of the token with why it cannot be accepted (if so).</summary>
    private async Task<Person?> LoadAsync()
    {
        // The sign-in cookie read here, not only by the policy: the page stays closed to anyone without it
        // whatever the folder's conventions say.
        var cookie = await HttpContext.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var person = cookie.Succeeded ? await people.GetUserAsync(cookie.Principal) : null;
        if (person is null)
        {
            return null;
        }
        if (!string.IsNullOrEmpty(Token) && Token.Length <= 100)
        {
            var hash = OrganisationInvitation.Hash(Token);
            Invitation = await db.OrganisationInvitations.FirstOrDefaultAsync(i => i.TokenHash == hash, HttpContext.RequestAborted);
        }
        Refusal = Invitation is null ? "invitation.invalid"
            : Invitation.StatusAt(clock.GetUtcNow()) switch
            {
                InvitationStatus.Expired => "invitation.expired",
                InvitationStatus.Accepted or InvitationStatus.Cancelled => "invitation.used",
                _ when person.OrganisationId == Invitation.OrganisationId => "invitation.already-member",
                _ when person.OrganisationId is not null => "invitation.other-organisation",
                _ => null,
            };
        return person;
    }

    private static string TextKeyOf(string ruleCode) => ruleCode switch
    {
        "invitation-expired" => "invitation.expired",
        "already-in-organisation" => "invitation.already-member",
        "in-another-organisation" => "invitation.other-organisation",
        _ => "invitation.used",
    };

    /// <summary>When the invitation expires, in Italian time as the page shows it.</summary>
    public string ExpiresAt => Invitation is null ? "" : RomeInstants.Show(Invitation.ExpiresAt).ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
