using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Web.Infrastructure;

namespace PiedmontSystem.Web.Security;

/// <summary>
/// Keeps sessions in the portal's database (a backend for the browser: tokens never reach it).
/// Tickets are encrypted with Data Protection, whose key ring is in the same database, so any
/// instance of the portal reads any session, and a copy of the table alone reveals no token.
/// </summary>
internal sealed class PortalSessionStore(IServiceScopeFactory scopes, IDataProtectionProvider protection, TimeProvider clock) : ITicketStore
{
    /// <summary>Where a retrieved ticket carries its own key, so a refresh can rewrite the session.</summary>
    public const string SessionKeyItem = "portal.session";

    private readonly IDataProtector _protector = protection.CreateProtector("piedmont-portal-sessions");

    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var key = Base64UrlKey();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var now = clock.GetUtcNow();
        db.Sessions.Add(new PortalSession { Id = key, Ticket = Protect(key, ticket), ExpiresAt = ticket.Properties.ExpiresUtc, UpdatedAt = now });
        await db.SaveChangesAsync();
        // Expired sessions go when new ones come: no timer, and the table stays as small as the signed-in crowd.
        await db.Sessions.Where(s => s.ExpiresAt < now).ExecuteDeleteAsync();
        return key;
    }

    public async Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var protectedTicket = Protect(key, ticket);
        var expires = ticket.Properties.ExpiresUtc;
        var now = clock.GetUtcNow();
        await db.Sessions.Where(s => s.Id == key).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.Ticket, protectedTicket)
            .SetProperty(x => x.ExpiresAt, expires)
            .SetProperty(x => x.UpdatedAt, now));
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var session = await db.Sessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == key);
        if (session is null || session.ExpiresAt < clock.GetUtcNow())
        {
            return null;
        }
        try
        {
            var ticket = TicketSerializer.Default.Deserialize(_protector.Unprotect(session.Ticket));
            ticket?.Properties.Items[SessionKeyItem] = key;
            return ticket;
        }
        catch (CryptographicException)
        {
            // A key ring that lost the key: the person signs in again.
            return null;
        }
    }

    public async Task RemoveAsync(string key)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        await db.Sessions.Where(s => s.Id == key).ExecuteDeleteAsync();
    }

    private byte[] Protect(string key, AuthenticationTicket ticket)
    {
        ticket.Properties.Items.Remove(SessionKeyItem);
        var bytes = _protector.Protect(TicketSerializer.Default.Serialize(ticket));
        ticket.Properties.Items[SessionKeyItem] = key;
        return bytes;
    }

    private static string Base64UrlKey() => Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
}

/// <summary>Hands the store to the cookie scheme (its options are built before the container is).</summary>
internal sealed class SessionStoreSetup(ITicketStore store) : Microsoft.Extensions.Options.IPostConfigureOptions<CookieAuthenticationOptions>
{
    public void PostConfigure(string? name, CookieAuthenticationOptions options)
    {
        if (name == PortalSchemes.Cookie)
        {
            options.SessionStore = store;
        }
    }
}
