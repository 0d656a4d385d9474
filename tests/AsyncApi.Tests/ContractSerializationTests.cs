using System.Text.Json.Nodes;
using PiedmontSystem.Contracts;
using PiedmontSystem.Messaging.Catalogue;

namespace PiedmontSystem.AsyncApi.Tests;

/// <summary>
/// Every contract, as the bus really writes it, validates against its message in the committed
/// document (Ajv, strict about undescribed fields), for the broker and the webhook alike; and the
/// validator refuses what breaks the document, so that this test can fail.
/// </summary>
public class ContractSerializationTests
{
    [Fact]
    public async Task EveryContractFilledOrWithNullsValidatesAsBrokerMessageAndAsWebhook()
    {
        var cases = new List<ValidationCase>();
        foreach (var entry in EventCatalogue.All)
        {
            foreach (var (variant, instance) in new[] { ("filled", ContractInstances.Filled(entry.Type)), ("nulls", ContractInstances.WithNulls(entry.Type)) })
            {
                var envelope = ContractInstances.Envelope(instance);
                cases.Add(new ValidationCase($"{entry.Type.Name} {variant}", entry.Type.Name, envelope));
                cases.Add(new ValidationCase($"{entry.Type.Name}Webhook {variant}", entry.Type.Name + "Webhook", ContractInstances.Webhook(entry, envelope)));
            }
        }

        await EventValidator.AssertAllValidAsync(cases);
        Assert.Equal(4 * EventCatalogue.All.Count, cases.Count);
    }

    [Fact]
    public async Task EveryExampleOfTheDocumentValidatesAgainstItsOwnMessage()
    {
        var messages = JsonNode.Parse(await File.ReadAllTextAsync(EventValidator.CommittedDocument))!["components"]!["messages"]!.AsObject();
        var cases = new List<ValidationCase>();
        foreach (var (name, message) in messages)
        {
            foreach (var example in message!["examples"]!.AsArray())
            {
                cases.Add(new ValidationCase($"{name} example", name, example!["payload"]!.DeepClone()));
                if (example["headers"] is { } headers)
                {
                    cases.Add(new ValidationCase($"{name} example headers", name, headers.DeepClone(), "headers"));
                }
            }
        }

        await EventValidator.AssertAllValidAsync(cases);
        Assert.Equal(2 * EventCatalogue.All.Count + 1, messages.Count);
    }

    [Fact]
    public async Task ValidatorRefusesBodiesThatBreakTheDocument()
    {
        JsonNode Valid() => ContractInstances.Envelope(ContractInstances.Filled(typeof(OrganisationRegistered)));
        JsonNode Break(Action<JsonNode> change)
        {
            var body = Valid();
            change(body);
            return body;
        }
        var grant = ContractInstances.Envelope(ContractInstances.Filled(typeof(GrantAwarded)));
        grant["message"]!["awardedAmountEur"] = 180000.5m;
        var webhook = ContractInstances.Webhook(EventCatalogue.Of(typeof(OrganisationRegistered)), Valid());
        webhook["type"] = "registry.organisation-updated.v1";

        var results = await EventValidator.ValidateAsync(
        [
            new ValidationCase("valid", "OrganisationRegistered", Valid()),
            new ValidationCase("required field missing", "OrganisationRegistered", Break(b => b["message"]!.AsObject().Remove("legalName"))),
            new ValidationCase("null where not nullable", "OrganisationRegistered", Break(b => b["message"]!["legalName"] = null)),
            new ValidationCase("field the document lacks", "OrganisationRegistered", Break(b => b["message"]!["turnoverEur"] = "1000.00")),
            new ValidationCase("envelope header the document lacks", "OrganisationRegistered", Break(b => b["headers"]!["MT-Host-MachineName"] = "build-01")),
            new ValidationCase("another event's URN", "OrganisationRegistered", Break(b => b["messageType"] = new JsonArray("urn:message:piedmont:registry:organisation-updated:v1"))),
            new ValidationCase("not a uuid", "OrganisationRegistered", Break(b => b["message"]!["organisationId"] = "3")),
            new ValidationCase("decimal as a JSON number", "GrantAwarded", grant),
            new ValidationCase("webhook of another type", "OrganisationRegisteredWebhook", webhook),
            new ValidationCase("unsigned webhook", "OrganisationRegisteredWebhook", new JsonObject { ["webhook-id"] = "x", ["webhook-timestamp"] = "1795539913" }, "headers"),
        ]);

        Assert.True(results[0].Valid, string.Join("; ", results[0].Errors));
        Assert.All(results.Skip(1), r => Assert.False(r.Valid, $"the validator accepted a body with a {r.Name}"));
        Assert.Contains(results.Single(r => r.Name == "required field missing").Errors, e => e.Contains("legalName", StringComparison.Ordinal));
        Assert.Contains(results.Single(r => r.Name == "field the document lacks").Errors, e => e.Contains("turnoverEur", StringComparison.Ordinal));
    }
}
