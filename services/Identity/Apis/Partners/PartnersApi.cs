using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using PiedmontSystem.Identity.Domain;
using PiedmontSystem.Identity.Infrastructure.Clients;
using PiedmontSystem.Persistence;
using PiedmontSystem.ServiceDefaults.Errors;
using PiedmontSystem.ServiceDefaults.Http;
using IdentityExtensions = PiedmontSystem.Identity.Extensions.Extensions;

namespace PiedmontSystem.Identity.Apis.Partners;

/// <summary>
/// Partner systems of the region, registered by operators and regional officers: each is an
/// OpenIddict client with the client-credentials grant and one scope per event area it may
/// receive. Its secret is shown once, at registration and at each rotation, and never stored in
/// clear (OpenIddict keeps a hash; no Idempotency-Key, which would store the answer). Audited,
/// not announced.
/// </summary>
public static class PartnersApi
{
    public static IEndpointRouteBuilder MapPartnersApi(this IEndpointRouteBuilder app)
    {
        var partners = app.MapGroup("/api/identity/partners").WithTags("Partner systems")
            .RequireAuthorization(IdentityExtensions.OperatorOrRegionalOfficer);
        partners.MapPost("/", RegisterPartner).WithName(nameof(RegisterPartner))
            .WithSummary("Register a partner system with the event areas it may receive; answers its client id and secret, shown once")
            .ValidateRequest<PartnerRequest>();
        partners.MapGet("/", ListPartners).WithName(nameof(ListPartners))
            .WithSummary("Registered partner systems, newest first, without secrets; keyset-paginated");
        partners.MapGet("/{clientId}", GetPartner).WithName(nameof(GetPartner))
            .WithSummary("A registered partner system, without its secret");
        partners.MapPost("/{clientId}/secret", RotatePartnerSecret).WithName(nameof(RotatePartnerSecret))
            .WithSummary("Give the partner system a new secret, shown once; the old one stops working at once");
        partners.MapDelete("/{clientId}", RemovePartner).WithName(nameof(RemovePartner))
            .WithSummary("Remove a partner system: it gets no more tokens (those issued expire within minutes)");
        return app;
    }

    public static async Task<Created<PartnerCredentialsResponse>> RegisterPartner(
        PartnerRequest request, [AsParameters] IdentityServices services, IOpenIddictApplicationManager applications)
    {
        var partner = PartnerSystem.Register(request.Name!.Trim(), request.EventAreas!, services.User.Subject!, services.Now);
        var secret = PartnerSystem.NewSecret();
        var client = PartnerClients.Descriptor(partner.ClientId, partner.Name, partner.Scopes);
        client.ClientSecret = secret;
        services.Db.PartnerSystems.Add(partner);
        services.Audit("partner-system.registered", "partner-system", partner.ClientId, new { partner.Name, eventAreas = partner.Areas });
        // OpenIddict saves its client through this same DbContext: the register row, the audit
        // entry and the client commit together or not at all.
        await using (var transaction = await OwnedTransaction.BeginAsync(services.Db, services.Cancellation))
        {
            await applications.CreateAsync(client, services.Cancellation);
            await services.Db.SaveChangesAsync(services.Cancellation);
            await transaction.CommitAsync(services.Cancellation);
        }
        return TypedResults.Created($"/api/identity/partners/{partner.ClientId}", PartnerCredentialsResponse.Of(partner, secret));
    }

    public static async Task<Ok<Page<PartnerResponse>>> ListPartners([AsParameters] IdentityServices services, string? cursor, int? limit)
    {
        var query = services.Db.PartnerSystems.AsNoTracking().Where(p => p.RemovedAt == null);
        var page = await NewestFirst.ReadAsync(query, cursor, limit, services.Cancellation);
        return TypedResults.Ok(page.Map(PartnerResponse.Of));
    }

    public static async Task<Results<Ok<PartnerResponse>, NotFound>> GetPartner(string clientId, [AsParameters] IdentityServices services)
    {
        var partner = await services.Db.PartnerSystems.AsNoTracking().FirstOrDefaultAsync(p => p.ClientId == clientId && p.RemovedAt == null, services.Cancellation);
        return partner is null ? TypedResults.NotFound() : TypedResults.Ok(PartnerResponse.Of(partner));
    }

    public static async Task<Results<Ok<PartnerCredentialsResponse>, NotFound>> RotatePartnerSecret(
        string clientId, [AsParameters] IdentityServices services, IOpenIddictApplicationManager applications)
    {
        var (partner, client) = await FindAsync(clientId, services, applications);
        if (partner is null || client is null)
        {
            return TypedResults.NotFound();
        }
        var secret = PartnerSystem.NewSecret();
        partner.SecretRotated(services.Now);
        services.Audit("partner-system.secret-rotated", "partner-system", partner.ClientId);
        await using (var transaction = await OwnedTransaction.BeginAsync(services.Db, services.Cancellation))
        {
            await applications.UpdateAsync(client, secret, services.Cancellation);
            await services.Db.SaveChangesAsync(services.Cancellation);
            await transaction.CommitAsync(services.Cancellation);
        }
        return TypedResults.Ok(PartnerCredentialsResponse.Of(partner, secret));
    }

    public static async Task<Results<NoContent, NotFound>> RemovePartner(
        string clientId, [AsParameters] IdentityServices services, IOpenIddictApplicationManager applications)
    {
        var (partner, client) = await FindAsync(clientId, services, applications);
        if (partner is null || client is null)
        {
            return TypedResults.NotFound();
        }
        partner.Remove(services.User.Subject!, services.Now);
        services.Audit("partner-system.removed", "partner-system", partner.ClientId, new { partner.Name });
        await using (var transaction = await OwnedTransaction.BeginAsync(services.Db, services.Cancellation))
        {
            // Deletes the client with its authorizations and reference tokens.
            await applications.DeleteAsync(client, services.Cancellation);
            await services.Db.SaveChangesAsync(services.Cancellation);
            await transaction.CommitAsync(services.Cancellation);
        }
        return TypedResults.NoContent();
    }

    /// <summary>A partner in the register and its client; the platform's own clients (portal, app) are not partners and are never found here.</summary>
    private static async Task<(PartnerSystem? Partner, object? Client)> FindAsync(string clientId, IdentityServices services, IOpenIddictApplicationManager applications)
    {
        var partner = await services.Db.PartnerSystems.FirstOrDefaultAsync(p => p.ClientId == clientId && p.RemovedAt == null, services.Cancellation);
        return partner is null ? (null, null) : (partner, await applications.FindByClientIdAsync(clientId, services.Cancellation));
    }

    private static readonly Keyset<PartnerSystem, DateTimeOffset> NewestFirst =
        Keyset.By<PartnerSystem, DateTimeOffset>(p => p.RegisteredAt, p => p.Id, descending: true);
}
