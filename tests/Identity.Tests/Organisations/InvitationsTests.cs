using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Identity.Apis.Organisations;
using PiedmontSystem.Identity.Domain;
using PiedmontSystem.ServiceDefaults.Http;

namespace PiedmontSystem.Identity.Tests.Organisations;

/// <summary>An organisation's administrator invites a colleague by e-mail; the colleague accepts on the invitation page.</summary>
public sealed partial class InvitationsTests(IdentityFixture identity) : IClassFixture<IdentityFixture>
{
    private readonly IdentityApi _api = new(identity);

    [Fact]
    public async Task TheAdministratorInvitesAndTheMailCarriesALinkWhoseTokenIsKeptOnlyAsItsHash()
    {
        var (administrator, organisation) = await _api.OrganisationWithAdministratorAsync();
        var email = $"invited-{Guid.NewGuid():N}@example.org";

        var response = await _api.PersonActingFor(administrator, organisation).PostAsJsonAsync($"/api/identity/organisations/{organisation}/invitations", new { email });

        var invitation = await response.ReadOkAsync<InvitationResponse>(HttpStatusCode.Created);
        Assert.Equal((email, InvitationStatus.Pending, organisation), (invitation.Email, invitation.Status, invitation.OrganisationId));
        Assert.InRange(invitation.ExpiresAt - invitation.CreatedAt, TimeSpan.FromDays(7), TimeSpan.FromDays(7));
        var link = await LinkSentToAsync(email);
        Assert.Equal($"{identity.Issuer.GetLeftPart(UriPartial.Authority)}/account/invitation", link.GetLeftPart(UriPartial.Path));
        var token = QueryHelpers.ParseQuery(link.Query)["token"].ToString();
        Assert.Equal(43, token.Length); // 32 bytes, base64url without padding
        var stored = Assert.Single(await _api.InvitationsOfAsync(organisation));
        Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes(token)), stored.TokenHash);
        var row = await identity.QueryAsync(db => db.Database.SqlQuery<string>($"SELECT row_to_json(i)::text AS \"Value\" FROM organisation_invitations i WHERE id = {invitation.Id}").SingleAsync());
        Assert.DoesNotContain(token, row, StringComparison.Ordinal);
        Assert.Equal("invitation.sent", Assert.Single(await _api.AuditOfAsync("invitation", invitation.Id)).Action);
    }

    [Fact]
    public async Task TheInviteeAcceptsOnThePageActsForTheOrganisationAndItIsAnnounced()
    {
        var (administrator, organisation) = await _api.OrganisationWithAdministratorAsync();
        var invitee = await identity.CreatePersonAsync();
        var token = await InviteAsync(administrator, organisation, invitee.Email);
        using var browser = identity.Browser();
        using var signedIn = await browser.SignInAsync(invitee.Email, invitee.Password);

        var page = await browser.OpenAsync($"/account/invitation?token={token}");
        Assert.Contains(organisation.ToString(), page.Html, StringComparison.Ordinal);
        using var accepted = await browser.SubmitAsync(page, new Dictionary<string, string> { ["Token"] = token });

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Contains("invitation-accepted", await accepted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var person = await identity.PersonAsync(invitee.Id);
        Assert.Equal((organisation, false), (person.OrganisationId!.Value, person.IsOrganisationAdministrator));
        var invitation = Assert.Single(await _api.InvitationsOfAsync(organisation));
        Assert.Equal((InvitationStatus.Accepted, invitee.Id), (invitation.StatusAt(DateTimeOffset.UtcNow), invitation.AcceptedBy!.Value));
        Assert.Equal(["organisation-user-added"], await _api.EventsMentioningAsync(invitee.Id.ToString()));
        Assert.Equal("organisation-user.added", Assert.Single(await _api.AuditOfAsync("person", invitee.Id)).Action);

        // Used once: the same link again is refused, and nothing more happens.
        var again = await browser.OpenAsync($"/account/invitation?token={token}");
        Assert.Contains("invitation-refused", again.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<form", again.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAnonymousVisitorIsSentToSignInAndBackToTheInvitation()
    {
        using var browser = identity.Browser();

        using var response = await browser.GetAsync("/account/invitation?token=abc");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.EndsWith("/account/signin", location.GetLeftPart(UriPartial.Path), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("/account/invitation?token=abc", QueryHelpers.ParseQuery(location.Query)["ReturnUrl"].ToString());
    }

    [Fact]
    public async Task AcceptingWithoutTheAntiforgeryTokenIsRefusedAndChangesNothing()
    {
        var (administrator, organisation) = await _api.OrganisationWithAdministratorAsync();
        var invitee = await identity.CreatePersonAsync();
        var token = await InviteAsync(administrator, organisation, invitee.Email);
        using var browser = identity.Browser();
        using var signedIn = await browser.SignInAsync(invitee.Email, invitee.Password);
        var page = await browser.OpenAsync($"/account/invitation?token={token}");

        using var forged = await browser.SubmitAsync(page, new Dictionary<string, string> { ["Token"] = token }, withAntiforgeryToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Null((await identity.PersonAsync(invitee.Id)).OrganisationId);
    }

    [Theory]
    [InlineData("expired")]
    [InlineData("cancelled")]
    [InlineData("other-organisation")]
    [InlineData("unknown-token")]
    public async Task AnInvitationThatCannotBeAcceptedShowsWhyWithoutAForm(string why)
    {
        var (administrator, organisation) = await _api.OrganisationWithAdministratorAsync();
        var elsewhere = Guid.NewGuid();
        var invitee = await identity.CreatePersonAsync(shape: p => p.OrganisationId = why == "other-organisation" ? elsewhere : null);
        var token = await InviteAsync(administrator, organisation, invitee.Email);
        var invitation = Assert.Single(await _api.InvitationsOfAsync(organisation));
        if (why == "expired")
        {
            await identity.QueryAsync(db => db.OrganisationInvitations.Where(i => i.Id == invitation.Id)
                .ExecuteUpdateAsync(set => set.SetProperty(i => i.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1))));
        }
        if (why == "cancelled")
        {
            using var cancelled = await _api.PersonActingFor(administrator, organisation).DeleteAsync($"/api/identity/organisations/{organisation}/invitations/{invitation.Id}");
            Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        }
        using var browser = identity.Browser();
        using var signedIn = await browser.SignInAsync(invitee.Email, invitee.Password);

        var page = await browser.OpenAsync($"/account/invitation?token={(why == "unknown-token" ? token[..^2] + "xx" : token)}");

        Assert.Contains("invitation-refused", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<form", page.Html, StringComparison.Ordinal);
        Assert.Equal(why == "other-organisation" ? elsewhere : (Guid?)null, (await identity.PersonAsync(invitee.Id)).OrganisationId);
    }

    [Fact]
    public async Task AnInvitationCancelledAfterThePageOpenedIsRefusedOnAcceptAndChangesNothing()
    {
        var (administrator, organisation) = await _api.OrganisationWithAdministratorAsync();
        var invitee = await identity.CreatePersonAsync();
        var token = await InviteAsync(administrator, organisation, invitee.Email);
        using var browser = identity.Browser();
        using var signedIn = await browser.SignInAsync(invitee.Email, invitee.Password);
        var page = await browser.OpenAsync($"/account/invitation?token={token}");
        var invitation = Assert.Single(await _api.InvitationsOfAsync(organisation));
        using var cancelled = await _api.Officer().DeleteAsync($"/api/identity/organisations/{organisation}/invitations/{invitation.Id}");
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        var before = await _api.ChangeCountsAsync();

        using var posted = await browser.SubmitAsync(page, new Dictionary<string, string> { ["Token"] = token });

        Assert.Contains("invitation-refused", await posted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await _api.ChangeCountsAsync());
        Assert.Null((await identity.PersonAsync(invitee.Id)).OrganisationId);
    }

    [Fact]
    public async Task ASecondPendingInvitationOrAColleagueAlreadyThereIsAConflict()
    {
        var (administrator, organisation) = await _api.OrganisationWithAdministratorAsync();
        var colleague = await _api.ColleagueAsync(organisation);
        var email = $"twice-{Guid.NewGuid():N}@example.org";
        await InviteAsync(administrator, organisation, email);
        var client = _api.PersonActingFor(administrator, organisation);
        var before = await _api.ChangeCountsAsync();

        var twice = await client.PostAsJsonAsync($"/api/identity/organisations/{organisation}/invitations", new { email = email.ToUpperInvariant() });
        var member = await client.PostAsJsonAsync($"/api/identity/organisations/{organisation}/invitations", new { email = colleague.Email });
        var notAnEmail = await client.PostAsJsonAsync($"/api/identity/organisations/{organisation}/invitations", new { email = "not an address" });

        Assert.Equal("urn:piedmont:problem:invitation-pending", (await twice.ReadProblemAsync(HttpStatusCode.Conflict)).GetProperty("type").GetString());
        Assert.Equal("urn:piedmont:problem:already-in-organisation", (await member.ReadProblemAsync(HttpStatusCode.Conflict)).GetProperty("type").GetString());
        Assert.Equal(["email"], (await notAnEmail.ReadProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
        Assert.Equal(before, await _api.ChangeCountsAsync());
        Assert.Single(await _api.InvitationsOfAsync(organisation));
    }

    [Fact]
    public async Task AdministratorsAndRegionalOfficersListAndCancelInvitations()
    {
        var (administrator, organisation) = await _api.OrganisationWithAdministratorAsync();
        await InviteAsync(administrator, organisation, $"first-{Guid.NewGuid():N}@example.org");
        await InviteAsync(administrator, organisation, $"second-{Guid.NewGuid():N}@example.org");

        var listed = await (await _api.Officer().GetAsync($"/api/identity/organisations/{organisation}/invitations?limit=1")).ReadOkAsync<Page<InvitationResponse>>();
        var rest = await (await _api.PersonActingFor(administrator, organisation)
            .GetAsync($"/api/identity/organisations/{organisation}/invitations?limit=1&cursor={listed.NextCursor}")).ReadOkAsync<Page<InvitationResponse>>();
        var cancelled = await (await _api.Officer().DeleteAsync($"/api/identity/organisations/{organisation}/invitations/{listed.Items[0].Id}")).ReadOkAsync<InvitationResponse>();
        var twice = await _api.PersonActingFor(administrator, organisation).DeleteAsync($"/api/identity/organisations/{organisation}/invitations/{listed.Items[0].Id}");
        var elsewhere = await _api.Officer().DeleteAsync($"/api/identity/organisations/{Guid.NewGuid()}/invitations/{rest.Items[0].Id}");

        Assert.StartsWith("second-", listed.Items[0].Email, StringComparison.Ordinal);
        Assert.StartsWith("first-", Assert.Single(rest.Items).Email, StringComparison.Ordinal);
        Assert.Null(rest.NextCursor);
        Assert.Equal(InvitationStatus.Cancelled, cancelled.Status);
        Assert.Equal("urn:piedmont:problem:invitation-not-pending", (await twice.ReadProblemAsync(HttpStatusCode.Conflict)).GetProperty("type").GetString());
        await elsewhere.ReadProblemAsync(HttpStatusCode.NotFound);
    }

    /// <summary>Invites <paramref name="email"/> as the administrator; returns the token of the link mailed.</summary>
    private async Task<string> InviteAsync(TestPerson administrator, Guid organisation, string email)
    {
        var response = await _api.PersonActingFor(administrator, organisation).PostAsJsonAsync($"/api/identity/organisations/{organisation}/invitations", new { email });
        await response.ReadOkAsync<InvitationResponse>(HttpStatusCode.Created);
        return QueryHelpers.ParseQuery((await LinkSentToAsync(email)).Query)["token"].ToString();
    }

    /// <summary>The invitation link of the newest e-mail the development mailbox holds for <paramref name="email"/>.</summary>
    private async Task<Uri> LinkSentToAsync(string email)
    {
        var mail = await identity.QueryAsync(db => db.DevelopmentMail.AsNoTracking().Where(m => m.To == email).OrderByDescending(m => m.SentAt).FirstAsync());
        return new Uri(InvitationLink().Match(mail.Text).Value);
    }

    [GeneratedRegex(@"https?://\S+/account/invitation\?token=[A-Za-z0-9_-]+")]
    private static partial Regex InvitationLink();
}
