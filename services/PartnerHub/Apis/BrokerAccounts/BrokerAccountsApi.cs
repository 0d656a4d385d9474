using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.PartnerHub.Domain.BrokerAccounts;
using PiedmontSystem.PartnerHub.Infrastructure.Broker;
using PiedmontSystem.Persistence;
using PiedmontSystem.ServiceDefaults.Errors;
using PiedmontSystem.ServiceDefaults.Http;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.PartnerHub.Apis.BrokerAccounts;

/// <summary>
/// Operators give a partner system its own RabbitMQ user, allowed to declare queues named after
/// it and bind them to the exchanges of its event areas (docs/events.md, "Subscribing as a
/// partner system"), rotate its password and revoke it. The broker is changed first and the
/// hub's row written after; a broker failure answers 503 and leaves no row (and no user behind).
/// </summary>
public static class BrokerAccountsApi
{
    public static IEndpointRouteBuilder MapBrokerAccountsApi(this IEndpointRouteBuilder app)
    {
        var accounts = app.MapGroup("/api/partners/broker-accounts").WithTags("Broker accounts").RequireAuthorization(Policies.Operator);
        accounts.MapPost("/", ProvisionBrokerAccount).WithName(nameof(ProvisionBrokerAccount))
            .WithSummary("Create a partner's RabbitMQ user (partner.<partnerId>) with permissions for its own queues and its areas' exchanges; the password is in the answer, only there")
            .ValidateRequest<BrokerAccountRequest>();
        accounts.MapGet("/", ListBrokerAccounts).WithName(nameof(ListBrokerAccounts))
            .WithSummary("Every broker account the hub provisioned, live and revoked, newest first");
        accounts.MapGet("/{partnerId}", GetBrokerAccount).WithName(nameof(GetBrokerAccount))
            .WithSummary("A partner's live broker account");
        accounts.MapPost("/{partnerId}/password-rotation", RotateBrokerPassword).WithName(nameof(RotateBrokerPassword))
            .WithSummary("A new password for the partner's broker user, shown only here; the old one stops at once. closeConnections=true also closes the connections opened with it");
        accounts.MapDelete("/{partnerId}", RevokeBrokerAccount).WithName(nameof(RevokeBrokerAccount))
            .WithSummary("Delete the partner's broker user (RabbitMQ closes its connections) and its queues; the account is kept as revoked");
        return app;
    }

    public static async Task<Created<BrokerCredentials>> ProvisionBrokerAccount(BrokerAccountRequest request, [AsParameters] PartnerHubServices services,
        RabbitMqManagementApi broker, BrokerSettings settings, ILogger<BrokerAccount> logger)
    {
        var partnerId = request.PartnerId!;
        await using var transaction = await OwnedTransaction.BeginAsync(services.Db, services.Cancellation);
        await services.Db.LockBrokerAccountAsync(partnerId, services.Cancellation);
        if (await LiveAsync(services, partnerId) is { } existing)
        {
            throw new DomainRuleException("broker-account-exists", "The partner has a broker account",
                $"{partnerId} has the live broker account {existing.UserName}; rotate its password or revoke it first.", StatusCodes.Status409Conflict)
            {
                Extensions = { ["userName"] = existing.UserName },
            };
        }
        var account = BrokerAccount.Provision(partnerId, settings.VirtualHost, request.EventAreas!, services.User.AuditName, services.Now);
        var password = BrokerAccountRules.NewPassword();
        var permissions = BrokerAccountRules.PermissionsOf(account.PartnerId, account.EventAreas);
        try
        {
            await broker.PutUserAsync(account.UserName, password, services.Cancellation);
            await broker.SetPermissionsAsync(account.UserName, permissions, services.Cancellation);
            services.Db.BrokerAccounts.Add(account);
            services.Audit("broker-account.provisioned", "broker-account", account.PartnerId,
                new { account.UserName, account.VirtualHost, account.EventAreas, permissions });
            await services.Db.SaveChangesAsync(services.Cancellation);
            await transaction.CommitAsync(services.Cancellation);
        }
        catch
        {
            // No row, so no user: a user without a row would be one nobody can see or revoke through the API.
            await UndoUserAsync(broker, account.UserName, logger);
            throw;
        }
        return TypedResults.Created($"/api/partners/broker-accounts/{account.PartnerId}",
            new BrokerCredentials(BrokerAccountResponse.Of(account), password, BrokerAccountRules.ExchangesOf(account.EventAreas)));
    }

    public static async Task<Ok<Page<BrokerAccountResponse>>> ListBrokerAccounts([AsParameters] PartnerHubServices services,
        string? partnerId, bool? revoked, string? cursor, int? limit)
    {
        var query = services.Db.BrokerAccounts.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(partnerId))
        {
            query = query.Where(a => a.PartnerId == partnerId);
        }
        if (revoked is { } isRevoked)
        {
            query = isRevoked ? query.Where(a => a.RevokedAt != null) : query.Where(a => a.RevokedAt == null);
        }
        var page = await NewestFirst.ReadAsync(query, cursor, limit, services.Cancellation);
        return TypedResults.Ok(page.Map(BrokerAccountResponse.Of));
    }

    public static async Task<Results<Ok<BrokerAccountResponse>, NotFound>> GetBrokerAccount(string partnerId, [AsParameters] PartnerHubServices services)
    {
        var account = await services.Db.BrokerAccounts.AsNoTracking().FirstOrDefaultAsync(a => a.PartnerId == partnerId && a.RevokedAt == null, services.Cancellation);
        return account is null ? TypedResults.NotFound() : TypedResults.Ok(BrokerAccountResponse.Of(account));
    }

    public static async Task<Results<Ok<BrokerCredentials>, NotFound>> RotateBrokerPassword(string partnerId, bool? closeConnections,
        [AsParameters] PartnerHubServices services, RabbitMqManagementApi broker)
    {
        await using var transaction = await OwnedTransaction.BeginAsync(services.Db, services.Cancellation);
        await services.Db.LockBrokerAccountAsync(partnerId, services.Cancellation);
        if (await LiveAsync(services, partnerId) is not { } account)
        {
            return TypedResults.NotFound();
        }
        var password = BrokerAccountRules.NewPassword();
        await broker.PutUserAsync(account.UserName, password, services.Cancellation);
        if (closeConnections == true)
        {
            await broker.CloseConnectionsAsync(account.UserName, services.Cancellation);
        }
        account.PasswordRotated(services.User.AuditName, services.Now);
        services.Audit("broker-account.password-rotated", "broker-account", account.PartnerId, new { account.UserName, closeConnections = closeConnections == true });
        await services.Db.SaveChangesAsync(services.Cancellation);
        await transaction.CommitAsync(services.Cancellation);
        return TypedResults.Ok(new BrokerCredentials(BrokerAccountResponse.Of(account), password, BrokerAccountRules.ExchangesOf(account.EventAreas)));
    }

    public static async Task<Results<NoContent, NotFound>> RevokeBrokerAccount(string partnerId, [AsParameters] PartnerHubServices services,
        RabbitMqManagementApi broker)
    {
        await using var transaction = await OwnedTransaction.BeginAsync(services.Db, services.Cancellation);
        await services.Db.LockBrokerAccountAsync(partnerId, services.Cancellation);
        if (await LiveAsync(services, partnerId) is not { } account)
        {
            return TypedResults.NotFound();
        }
        // Deleting the user closes its connections. Its queues go too: bound to fanout exchanges,
        // they would otherwise fill with events nobody may read any more. Both are idempotent, so a
        // revocation that failed half-way is completed by sending it again.
        await broker.DeleteUserAsync(account.UserName, services.Cancellation);
        var prefix = BrokerAccountRules.ResourcePrefixOf(account.PartnerId);
        var queues = (await broker.ListQueuesAsync(services.Cancellation)).Select(q => q.Name).Where(q => q.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        foreach (var queue in queues)
        {
            await broker.DeleteQueueAsync(queue, services.Cancellation);
        }
        account.Revoke(services.User.AuditName, services.Now);
        services.Audit("broker-account.revoked", "broker-account", account.PartnerId, new { account.UserName, deletedQueues = queues });
        await services.Db.SaveChangesAsync(services.Cancellation);
        await transaction.CommitAsync(services.Cancellation);
        return TypedResults.NoContent();
    }

    private static Task<BrokerAccount?> LiveAsync(PartnerHubServices services, string partnerId) =>
        services.Db.BrokerAccounts.FirstOrDefaultAsync(a => a.PartnerId == partnerId && a.RevokedAt == null, services.Cancellation);

    private static async Task UndoUserAsync(RabbitMqManagementApi broker, string user, ILogger logger)
    {
        try
        {
            await broker.DeleteUserAsync(user, CancellationToken.None);
        }
        catch (BrokerUnavailableException ex)
        {
            logger.LogError(ex, "Broker user {User} may have been created without its account being recorded, and deleting it failed: delete it by hand", user);
        }
    }

    private static readonly Keyset<BrokerAccount, DateTimeOffset> NewestFirst =
        Keyset.By<BrokerAccount, DateTimeOffset>(a => a.CreatedAt, a => a.Id, descending: true);
}
